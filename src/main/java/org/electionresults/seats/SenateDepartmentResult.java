package org.electionresults.seats;

import java.util.List;

/**
 * A department's Senate seats.
 *
 * @param department department id
 * @param seats the department's Senate seats
 * @param parties each party with its presidential votes and the seats it certainly gets,
 * in results order
 * @param pendingSeats seats not given yet because no presidential vote is counted in the
 * department (all of them or none)
 * @param tiedSeats seats undecided by equal D'Hondt quotients
 * @param tiedParties parties tied for those seats, in results order
 */
public record SenateDepartmentResult(int department, int seats, List<PartySeats> parties, int pendingSeats,
		int tiedSeats, List<String> tiedParties) {

	public SenateDepartmentResult {
		parties = List.copyOf(parties);
		tiedParties = List.copyOf(tiedParties);
	}

	/** Seats given to a party: {@code seats − pendingSeats − tiedSeats}. */
	public int decidedSeats() {
		return this.seats - this.pendingSeats - this.tiedSeats;
	}

}
