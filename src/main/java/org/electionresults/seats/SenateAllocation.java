package org.electionresults.seats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Chamber of Senators (Constitution, art. 148): 4 seats per department, shared by
 * D'Hondt on the department's valid presidential votes. Votes abroad elect no senator.
 * <p>
 * A department without any counted presidential vote has all its seats pending; equal
 * D'Hondt quotients for the last seats leave those seats tied.
 */
public final class SenateAllocation {

	/** Senate seats of every department. */
	public static final int SEATS_PER_DEPARTMENT = 4;

	private SenateAllocation() {
	}

	/**
	 * Shares each department's seats.
	 * @param departments each department's count, at most one per department id
	 */
	public static SenateResult allocate(List<SenateDepartmentCount> departments) {
		List<SenateDepartmentCount> ordered = new ArrayList<>(departments);
		ordered.sort(Comparator.comparingInt(SenateDepartmentCount::department));
		Set<Integer> seen = new HashSet<>();
		List<SenateDepartmentResult> results = new ArrayList<>();
		Map<String, PartySeats> totals = new TreeMap<>();
		for (SenateDepartmentCount department : ordered) {
			if (!seen.add(department.department())) {
				throw new IllegalArgumentException("Department " + department.department() + " given twice");
			}
			SenateDepartmentResult result = department(department);
			results.add(result);
			for (PartySeats party : result.parties()) {
				totals.merge(party.party(), party, (a, b) -> new PartySeats(a.party(),
						Math.addExact(a.votes(), b.votes()), a.seats() + b.seats()));
			}
		}
		List<PartySeats> national = new ArrayList<>(totals.values());
		national.sort(PartySeats.RESULTS_ORDER);
		return new SenateResult(results, national);
	}

	private static SenateDepartmentResult department(SenateDepartmentCount department) {
		Map<String, Long> votes = department.presidentialVotes();
		if (VoteCounts.total(votes) == 0) {
			List<PartySeats> none = votes.keySet().stream().map((party) -> new PartySeats(party, 0, 0)).toList();
			return new SenateDepartmentResult(department.department(), department.seats(), none, department.seats(), 0,
					List.of());
		}
		DHondtAllocation allocation = DHondt.allocate(department.seats(), votes);
		return new SenateDepartmentResult(department.department(), department.seats(), allocation.parties(), 0,
				allocation.tiedSeats(), allocation.tiedParties());
	}

}
