package org.electionresults.seats;

import java.util.List;

/**
 * Seats shared by {@link DHondt}. When the last seat or seats fall on exactly equal
 * quotients, only the seats above the tie are given: {@code tiedSeats} seats remain for
 * the tribunal to give to {@code tiedParties}, and
 * {@code allocatedSeats() + tiedSeats == seats}.
 *
 * @param seats seats shared
 * @param parties every party of the allocation with the seats it certainly gets, in
 * results order (seats, then votes, descending, then code)
 * @param tiedSeats seats left undecided by a tie, 0 without a tie
 * @param tiedParties parties whose quotient ties for those seats, more of them than tied
 * seats, in results order
 */
public record DHondtAllocation(int seats, List<PartySeats> parties, int tiedSeats, List<String> tiedParties) {

	public DHondtAllocation {
		parties = List.copyOf(parties);
		tiedParties = List.copyOf(tiedParties);
	}

	/** Whether some seats are left undecided by equal quotients. */
	public boolean tie() {
		return this.tiedSeats > 0;
	}

	/** Seats given, that is {@code seats − tiedSeats}. */
	public int allocatedSeats() {
		return this.seats - this.tiedSeats;
	}

	/** Seats the party certainly gets; 0 for a party not in the allocation. */
	public int seatsOf(String party) {
		return this.parties.stream().filter((p) -> p.party().equals(party)).mapToInt(PartySeats::seats).sum();
	}

}
