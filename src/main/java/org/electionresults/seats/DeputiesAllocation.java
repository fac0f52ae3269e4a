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
 * The Chamber of Deputies (Constitution, art. 146; Ley 026 amended by Ley 421): per
 * department, one seat per uninominal constituency and one per special constituency, won
 * by plurality, and list (plurinominal) seats that make the department's U + P delegation
 * proportional to its presidential vote among the parties with at least 3 % of the
 * national valid presidential votes. The list step is {@link PlurinominalSeats}.
 * <p>
 * While the count is incomplete, a constituency without a winner is pending or tied, and
 * so are all list seats of its department, since they depend on every uninominal result
 * there. The special seat does not enter the list step.
 */
public final class DeputiesAllocation {

	private DeputiesAllocation() {
	}

	/**
	 * The Chamber as far as the count goes.
	 * @param nationalPresidentialVotes valid presidential votes per running party in the
	 * whole count, the base of the 3 % threshold
	 * @param departments each department's count, at most one per department id
	 */
	public static DeputiesResult allocate(Map<String, Long> nationalPresidentialVotes,
			List<DeputiesDepartmentCount> departments) {
		List<String> participants = participants(VoteCounts.checked(nationalPresidentialVotes));
		Set<String> taking = Set.copyOf(participants);
		List<DeputiesDepartmentCount> ordered = new ArrayList<>(departments);
		ordered.sort(Comparator.comparingInt(DeputiesDepartmentCount::department));
		Set<Integer> seen = new HashSet<>();
		List<DeputiesDepartmentResult> results = new ArrayList<>();
		Map<String, PartyDeputies> totals = new TreeMap<>();
		for (DeputiesDepartmentCount department : ordered) {
			if (!seen.add(department.department())) {
				throw new IllegalArgumentException("Department " + department.department() + " given twice");
			}
			DeputiesDepartmentResult result = department(department, taking);
			results.add(result);
			result.parties().forEach((party) -> totals.merge(party.party(), party, PartyDeputies::plus));
		}
		List<PartyDeputies> national = new ArrayList<>(totals.values());
		national.sort(PartyDeputies.RESULTS_ORDER);
		return new DeputiesResult(participants, results, national);
	}

	/**
	 * Parties with at least 3 % of the valid votes, {@code 100 · votes ≥ 3 · V}; none
	 * without votes.
	 */
	private static List<String> participants(Map<String, Long> national) {
		long valid = VoteCounts.total(national);
		return national.entrySet()
			.stream()
			.filter((entry) -> valid > 0 && Math.multiplyExact(100, entry.getValue()) >= Math.multiplyExact(3, valid))
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.toList();
	}

	private static DeputiesDepartmentResult department(DeputiesDepartmentCount department, Set<String> participants) {
		Map<String, Integer> uninominal = new TreeMap<>();
		List<ConstituencyResult> undecidedUninominal = sortOut(department.uninominal(), uninominal);
		Map<String, Integer> special = new TreeMap<>();
		List<ConstituencyResult> undecidedSpecial = sortOut(department.special(), special);
		int plurinominalSeats = department.plan().plurinominal();
		PlurinominalSeats.ListSeats list = undecidedUninominal.isEmpty() ? PlurinominalSeats.allocate(plurinominalSeats,
				department.presidentialVotes(), uninominal, participants)
				: new PlurinominalSeats.ListSeats(Map.of(), plurinominalSeats, 0, List.of());
		Set<String> parties = new TreeSet<>(department.presidentialVotes().keySet());
		parties.addAll(uninominal.keySet());
		parties.addAll(special.keySet());
		List<PartyDeputies> seats = new ArrayList<>();
		for (String party : parties) {
			seats.add(new PartyDeputies(party, department.presidentialVotes().getOrDefault(party, 0L),
					uninominal.getOrDefault(party, 0), list.seatsOf(party), special.getOrDefault(party, 0)));
		}
		seats.sort(PartyDeputies.RESULTS_ORDER);
		return new DeputiesDepartmentResult(department.department(), department.plan(), seats, undecidedUninominal,
				undecidedSpecial, list.pendingSeats(), list.tiedSeats(), list.tiedParties());
	}

	/**
	 * Counts the won seats per party into {@code wins}; returns the constituencies not
	 * won yet.
	 */
	private static List<ConstituencyResult> sortOut(List<ConstituencyResult> constituencies,
			Map<String, Integer> wins) {
		List<ConstituencyResult> undecided = new ArrayList<>();
		for (ConstituencyResult constituency : constituencies) {
			constituency.winner()
				.ifPresentOrElse((party) -> wins.merge(party, 1, Integer::sum), () -> undecided.add(constituency));
		}
		undecided.sort(Comparator.comparingInt(ConstituencyResult::constituency));
		return undecided;
	}

}
