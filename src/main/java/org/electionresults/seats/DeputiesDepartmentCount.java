package org.electionresults.seats;

import java.util.List;
import java.util.Map;

/**
 * A department's count, as the Chamber of Deputies allocation needs it.
 *
 * @param department department id, 1 Chuquisaca .. 9 Pando
 * @param plan the department's seats
 * @param presidentialVotes valid presidential votes per running party counted in the
 * department
 * @param uninominal the seat of each uninominal constituency of the department, one per
 * uninominal seat of the plan
 * @param special the seat of the department's special constituency, if the plan has one
 */
public record DeputiesDepartmentCount(int department, DeputySeatPlan plan, Map<String, Long> presidentialVotes,
		List<ConstituencyResult> uninominal, List<ConstituencyResult> special) {

	public DeputiesDepartmentCount {
		presidentialVotes = VoteCounts.checked(presidentialVotes);
		uninominal = List.copyOf(uninominal);
		special = List.copyOf(special);
		if (uninominal.size() != plan.uninominal() || special.size() != plan.special()) {
			throw new IllegalArgumentException("Department " + department + " plans " + plan + " but has "
					+ uninominal.size() + " uninominal and " + special.size() + " special results");
		}
	}

}
