package org.electionresults.seats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The plurinominal (list) seats of one department, once every uninominal seat there is
 * won. This is the one place that implements steps 2 to 5 of rules.md (Ley 026, amended
 * by Ley 421), so that a correction of the rule is made here only:
 * <ol>
 * <li>(step 1, by the caller) only parties with at least 3 % of the national valid
 * presidential votes take part;</li>
 * <li>seats to share S = U + P, less the uninominal seats won by parties that do not take
 * part;</li>
 * <li>S is shared by D'Hondt among the taking-part parties on their presidential votes in
 * the department;</li>
 * <li>a party's list seats are its share less the uninominal seats it won;</li>
 * <li>a party that won more uninominal seats than its share (overhang) keeps them and
 * gets no list seat: it leaves the sharing, S loses its uninominal seats, and the sharing
 * is done again.</li>
 * </ol>
 * All parties in overhang leave at once. The order would not matter anyway: D'Hondt is
 * uniform (the parties left share their seats as before when a party leaves with its
 * share) and house-monotone, so a party leaving with more seats than its share only
 * lowers the others' shares, and a party in overhang stays in overhang.
 * <p>
 * Ties are never broken here. When a D'Hondt sharing ends on equal quotients, every way
 * the tribunal could give the tied seats is followed to the end; list seats that every
 * way gives to the same party are given, the others are reported as tied among the
 * parties whose list seats differ between the ways. So a tie that decides nothing (say,
 * whether a party already out of the list seats is in overhang) leaves no tied seat. If
 * no taking-part party has a presidential vote in the department, nothing can be shared
 * and the list seats stay pending.
 */
final class PlurinominalSeats {

	private PlurinominalSeats() {
	}

	/**
	 * Shares a department's list seats.
	 * @param plurinominalSeats the department's list seats P
	 * @param presidentialVotes presidential votes per party in the department
	 * @param uninominalWins uninominal seats won per party in the department, all U of
	 * them
	 * @param participants parties taking part (3 % nationally)
	 */
	static ListSeats allocate(int plurinominalSeats, Map<String, Long> presidentialVotes,
			Map<String, Integer> uninominalWins, Set<String> participants) {
		Set<String> sharing = new TreeSet<>(participants);
		// S = U + P less the wins of parties not taking part, that is P + the wins of
		// those taking part
		int shared = plurinominalSeats + wins(sharing, uninominalWins);
		List<Map<String, Integer>> outcomes = new ArrayList<>();
		if (!share(shared, sharing, presidentialVotes, uninominalWins, outcomes)) {
			return new ListSeats(Map.of(), plurinominalSeats, 0, List.of());
		}
		return combine(plurinominalSeats, outcomes, presidentialVotes);
	}

	/**
	 * Steps 3 to 5 for every way of giving tied seats; adds each final list-seat sharing
	 * to {@code outcomes}. Returns false if there are seats to share and no vote to share
	 * them by.
	 */
	private static boolean share(int shared, Set<String> sharing, Map<String, Long> presidentialVotes,
			Map<String, Integer> uninominalWins, List<Map<String, Integer>> outcomes) {
		Map<String, Long> votes = new TreeMap<>();
		sharing.forEach((party) -> votes.put(party, presidentialVotes.getOrDefault(party, 0L)));
		if (shared > 0 && VoteCounts.total(votes) == 0) {
			return false;
		}
		DHondtAllocation allocation = DHondt.allocate(shared, votes);
		for (Set<String> extraSeat : subsets(allocation.tiedParties(), allocation.tiedSeats())) {
			Map<String, Integer> seats = new TreeMap<>();
			Set<String> overhang = new TreeSet<>();
			for (String party : sharing) {
				int share = allocation.seatsOf(party) + (extraSeat.contains(party) ? 1 : 0);
				int won = uninominalWins.getOrDefault(party, 0);
				if (won > share) {
					overhang.add(party);
				}
				seats.put(party, share - won);
			}
			if (overhang.isEmpty()) {
				outcomes.add(seats);
			}
			else {
				Set<String> remaining = new TreeSet<>(sharing);
				remaining.removeAll(overhang);
				if (!share(shared - wins(overhang, uninominalWins), remaining, presidentialVotes, uninominalWins,
						outcomes)) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * The list seats every outcome gives, and the rest as tied among the parties whose
	 * list seats differ between outcomes.
	 */
	private static ListSeats combine(int plurinominalSeats, List<Map<String, Integer>> outcomes,
			Map<String, Long> presidentialVotes) {
		Set<String> parties = new TreeSet<>();
		outcomes.forEach((outcome) -> parties.addAll(outcome.keySet()));
		Map<String, Integer> certain = new TreeMap<>();
		List<String> tiedParties = new ArrayList<>();
		for (String party : parties) {
			int least = outcomes.stream().mapToInt((outcome) -> outcome.getOrDefault(party, 0)).min().orElse(0);
			int most = outcomes.stream().mapToInt((outcome) -> outcome.getOrDefault(party, 0)).max().orElse(0);
			certain.put(party, least);
			if (most > least) {
				tiedParties.add(party);
			}
		}
		tiedParties.sort(Comparator.<String>comparingLong((party) -> presidentialVotes.getOrDefault(party, 0L))
			.reversed()
			.thenComparing(Comparator.naturalOrder()));
		int given = certain.values().stream().mapToInt(Integer::intValue).sum();
		return new ListSeats(certain, 0, plurinominalSeats - given, tiedParties);
	}

	/**
	 * Every way of choosing {@code size} of the parties; one empty choice when size is 0.
	 */
	private static List<Set<String>> subsets(List<String> parties, int size) {
		List<Set<String>> subsets = new ArrayList<>();
		if (size == 0) {
			subsets.add(Set.of());
			return subsets;
		}
		for (int i = 0; i <= parties.size() - size; i++) {
			String first = parties.get(i);
			for (Set<String> rest : subsets(parties.subList(i + 1, parties.size()), size - 1)) {
				Set<String> subset = new HashSet<>(rest);
				subset.add(first);
				subsets.add(subset);
			}
		}
		return subsets;
	}

	private static int wins(Set<String> parties, Map<String, Integer> uninominalWins) {
		return parties.stream().mapToInt((party) -> uninominalWins.getOrDefault(party, 0)).sum();
	}

	/**
	 * A department's list seats.
	 *
	 * @param seats list seats per party certainly won (parties not listed get none)
	 * @param pendingSeats list seats that cannot be shared yet
	 * @param tiedSeats list seats the tribunal's decision on a tie gives to one party or
	 * another
	 * @param tiedParties parties whose list seats depend on that decision, by votes then
	 * code
	 */
	record ListSeats(Map<String, Integer> seats, int pendingSeats, int tiedSeats, List<String> tiedParties) {

		ListSeats {
			seats = Map.copyOf(seats);
			tiedParties = List.copyOf(tiedParties);
		}

		int seatsOf(String party) {
			return this.seats.getOrDefault(party, 0);
		}

	}

}
