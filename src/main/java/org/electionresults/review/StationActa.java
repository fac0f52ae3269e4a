package org.electionresults.review;

import java.util.List;

/**
 * One mesa of a polling station beside the others: its current presidential numbers and its flags.
 *
 * @param mesaCode the mesa
 * @param number its number in the station
 * @param registered registered voters
 * @param cast votes cast
 * @param valid valid votes (running parties)
 * @param votes votes per running party, in column order
 * @param rules the rules that flag it
 */
public record StationActa(int mesaCode, int number, int registered, int cast, int valid, List<Integer> votes,
		List<ReviewRule> rules) {

	public StationActa {
		votes = List.copyOf(votes);
		rules = List.copyOf(rules);
	}

	public Ratio turnout() {
		return Ratio.of(this.cast, Math.max(1, this.registered));
	}

	public Ratio share(int party) {
		return Ratio.of(this.votes.get(party), Math.max(1, this.valid));
	}

}
