package org.electionresults.seats;

import java.util.List;

/**
 * The Senate as far as the count goes.
 *
 * @param departments per department, by department id
 * @param totals per party: votes summed over the departments and seats certainly won, in
 * results order
 */
public record SenateResult(List<SenateDepartmentResult> departments, List<PartySeats> totals) {

	public SenateResult {
		departments = List.copyOf(departments);
		totals = List.copyOf(totals);
	}

	/** Seats given to a party. */
	public int decidedSeats() {
		return this.departments.stream().mapToInt(SenateDepartmentResult::decidedSeats).sum();
	}

	/** Seats of departments with no presidential vote counted. */
	public int pendingSeats() {
		return this.departments.stream().mapToInt(SenateDepartmentResult::pendingSeats).sum();
	}

	/** Seats undecided by ties. */
	public int tiedSeats() {
		return this.departments.stream().mapToInt(SenateDepartmentResult::tiedSeats).sum();
	}

	/** Seats a party certainly won; 0 for a party not in the totals. */
	public int seatsOf(String party) {
		return this.totals.stream().filter((p) -> p.party().equals(party)).mapToInt(PartySeats::seats).sum();
	}

}
