package org.electionresults.seats;

import java.util.Comparator;

/**
 * A party's deputies, certainly won, by kind of seat.
 *
 * @param party party code
 * @param votes the party's valid presidential votes in the department, or summed over the
 * departments for national totals
 * @param uninominal seats won in uninominal constituencies
 * @param plurinominal list seats
 * @param special seats won in special indigenous constituencies
 */
public record PartyDeputies(String party, long votes, int uninominal, int plurinominal, int special) {

	/** Results order: most seats first, then most votes, then party code. */
	static final Comparator<PartyDeputies> RESULTS_ORDER = Comparator.comparingInt(PartyDeputies::total)
		.thenComparingLong(PartyDeputies::votes)
		.reversed()
		.thenComparing(PartyDeputies::party);

	/** All the party's deputies. */
	public int total() {
		return this.uninominal + this.plurinominal + this.special;
	}

	PartyDeputies plus(PartyDeputies other) {
		return new PartyDeputies(this.party, Math.addExact(this.votes, other.votes), this.uninominal + other.uninominal,
				this.plurinominal + other.plurinominal, this.special + other.special);
	}

}
