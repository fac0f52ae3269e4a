package org.electionresults.seats;

import java.util.Map;

/**
 * A department's presidential count, as the Senate allocation needs it.
 *
 * @param department department id, 1 Chuquisaca .. 9 Pando
 * @param seats the department's Senate seats (4)
 * @param presidentialVotes valid presidential votes per running party counted in the
 * department
 */
public record SenateDepartmentCount(int department, int seats, Map<String, Long> presidentialVotes) {

	public SenateDepartmentCount {
		if (seats < 0) {
			throw new IllegalArgumentException("Negative seats for department " + department);
		}
		presidentialVotes = VoteCounts.checked(presidentialVotes);
	}

}
