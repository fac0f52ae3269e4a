package org.electionresults.seats;

import java.util.List;
import java.util.Optional;

/**
 * The result of a plurality count.
 *
 * @param outcome won, tie or no votes
 * @param leaders the party or parties with the most votes, by code; empty without votes
 * @param leaderVotes their votes
 */
public record PluralityResult(PluralityOutcome outcome, List<String> leaders, long leaderVotes) {

	public PluralityResult {
		leaders = List.copyOf(leaders);
	}

	/** The winner, if exactly one party has the most votes. */
	public Optional<String> winner() {
		return (this.outcome == PluralityOutcome.WON) ? Optional.of(this.leaders.get(0)) : Optional.empty();
	}

}
