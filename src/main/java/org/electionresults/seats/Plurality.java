package org.electionresults.seats;

import java.util.List;
import java.util.Map;

/**
 * Simple plurality in a single-member constituency (uninominal or special): the party
 * with most valid votes wins the seat. Equal most votes are a tie, never broken here.
 */
public final class Plurality {

	private Plurality() {
	}

	/**
	 * The winner, the tie, or no result when no valid vote was cast.
	 * @param votes valid votes per party
	 */
	public static PluralityResult decide(Map<String, Long> votes) {
		Map<String, Long> checked = VoteCounts.checked(votes);
		long most = checked.values().stream().mapToLong(Long::longValue).max().orElse(0);
		if (most == 0) {
			return new PluralityResult(PluralityOutcome.NO_VOTES, List.of(), 0);
		}
		// checked is ordered by code, so are the leaders
		List<String> leaders = checked.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == most)
			.map(Map.Entry::getKey)
			.toList();
		PluralityOutcome outcome = (leaders.size() == 1) ? PluralityOutcome.WON : PluralityOutcome.TIE;
		return new PluralityResult(outcome, leaders, most);
	}

}
