package org.electionresults.election;

import org.jspecify.annotations.Nullable;

/**
 * A department's seat plan, constituencies and expectations.
 *
 * @param id department id, 1 Chuquisaca .. 9 Pando
 * @param name department name
 * @param senateSeats Senate seats (4)
 * @param uninominalSeats single-member constituencies in the department
 * @param plurinominalSeats list seats
 * @param specialSeats special indigenous seats (0 or 1)
 * @param uninominalFirst first uninominal constituency number
 * @param uninominalLast last uninominal constituency number
 * @param specialConstituency the department's special constituency, or {@code null}
 * @param expectedMesas mesas expected in the department
 * @param registeredVoters registered voters in the department
 */
public record DepartmentPlan(int id, String name, int senateSeats, int uninominalSeats, int plurinominalSeats,
		int specialSeats, int uninominalFirst, int uninominalLast, @Nullable Integer specialConstituency,
		int expectedMesas, int registeredVoters) {

}
