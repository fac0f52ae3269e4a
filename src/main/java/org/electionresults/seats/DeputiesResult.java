package org.electionresults.seats;

import java.util.List;

/**
 * The Chamber of Deputies as far as the count goes. When nothing is pending or tied,
 * {@code decidedSeats()} is the sum of the departments' plans: 130 for the 2020 plan (63
 * uninominal, 60 plurinominal, 7 special).
 *
 * @param participants parties with at least 3 % of the national valid presidential votes,
 * which take part in the list seats, in order of votes then code
 * @param departments per department, by department id
 * @param totals per party, summed over the departments, in results order
 */
public record DeputiesResult(List<String> participants, List<DeputiesDepartmentResult> departments,
		List<PartyDeputies> totals) {

	public DeputiesResult {
		participants = List.copyOf(participants);
		departments = List.copyOf(departments);
		totals = List.copyOf(totals);
	}

	public int decidedSeats() {
		return this.departments.stream().mapToInt(DeputiesDepartmentResult::decidedSeats).sum();
	}

	public int pendingSeats() {
		return this.departments.stream().mapToInt(DeputiesDepartmentResult::pendingSeats).sum();
	}

	public int tiedSeats() {
		return this.departments.stream().mapToInt(DeputiesDepartmentResult::tiedSeats).sum();
	}

	/** The party's national totals; all zero for a party without seats or votes. */
	public PartyDeputies totalOf(String party) {
		return this.totals.stream()
			.filter((p) -> p.party().equals(party))
			.findFirst()
			.orElseGet(() -> new PartyDeputies(party, 0, 0, 0, 0));
	}

}
