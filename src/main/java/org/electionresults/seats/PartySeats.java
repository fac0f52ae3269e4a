package org.electionresults.seats;

import java.util.Comparator;

/**
 * A party's seats and the votes they were shared by.
 *
 * @param party party code
 * @param votes the party's votes in the allocation
 * @param seats seats the party certainly gets (a seat still tied is not counted)
 */
public record PartySeats(String party, long votes, int seats) {

	/** Results order: most seats first, then most votes, then party code. */
	static final Comparator<PartySeats> RESULTS_ORDER = Comparator.comparingInt(PartySeats::seats)
		.thenComparingLong(PartySeats::votes)
		.reversed()
		.thenComparing(PartySeats::party);

}
