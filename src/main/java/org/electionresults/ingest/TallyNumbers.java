package org.electionresults.ingest;

import java.util.List;

/**
 * The numbers written on one acta.
 *
 * @param registered registered voters of the mesa
 * @param votes votes per party, in the election's column order
 * @param valid valid votes as written
 * @param blank blank votes
 * @param nullVotes null votes
 * @param emitted votes cast
 */
public record TallyNumbers(int registered, List<Integer> votes, int valid, int blank, int nullVotes, int emitted) {

	public TallyNumbers {
		votes = List.copyOf(votes);
	}

}
