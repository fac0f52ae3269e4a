package org.electionresults.election;

/**
 * A place of the reference data and what a complete count there holds.
 *
 * @param name the place's name
 * @param stations polling stations in it
 * @param mesas mesas (actas per ballot) expected
 * @param registered registered voters expected
 */
public record PlaceExpectation(String name, int stations, int mesas, long registered) {

	PlaceExpectation plus(PollingStation station) {
		return new PlaceExpectation(this.name, this.stations + 1, this.mesas + station.mesas(),
				this.registered + station.registered());
	}

}
