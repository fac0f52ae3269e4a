package org.electionresults.seats;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Checks on the vote maps the seat rules take.
 */
final class VoteCounts {

	private VoteCounts() {
	}

	/**
	 * An unmodifiable copy ordered by party code, so that iteration and results do not
	 * depend on the caller's map.
	 * @throws IllegalArgumentException on a negative count or a total beyond {@code long}
	 */
	static Map<String, Long> checked(Map<String, Long> votes) {
		Map<String, Long> copy = new TreeMap<>();
		long total = 0;
		for (Map.Entry<String, Long> entry : votes.entrySet()) {
			String party = Objects.requireNonNull(entry.getKey(), "party code");
			long count = Objects.requireNonNull(entry.getValue(), () -> "votes of " + party);
			if (count < 0) {
				throw new IllegalArgumentException("Negative votes for " + party);
			}
			total = Math.addExact(total, count);
			copy.put(party, count);
		}
		return Collections.unmodifiableMap(copy);
	}

	static long total(Map<String, Long> votes) {
		return votes.values().stream().mapToLong(Long::longValue).sum();
	}

}
