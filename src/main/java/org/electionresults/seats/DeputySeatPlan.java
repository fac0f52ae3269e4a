package org.electionresults.seats;

import org.electionresults.election.DepartmentPlan;

/**
 * A department's seats in the Chamber of Deputies.
 *
 * @param uninominal single-member constituencies (U)
 * @param plurinominal list seats (P)
 * @param special special indigenous constituencies (0 or 1)
 */
public record DeputySeatPlan(int uninominal, int plurinominal, int special) {

	public DeputySeatPlan {
		if (uninominal < 0 || plurinominal < 0 || special < 0) {
			throw new IllegalArgumentException("Negative seats in " + uninominal + "/" + plurinominal + "/" + special);
		}
	}

	public static DeputySeatPlan of(DepartmentPlan plan) {
		return new DeputySeatPlan(plan.uninominalSeats(), plan.plurinominalSeats(), plan.specialSeats());
	}

	/** All the department's deputies: U + P + special. */
	public int total() {
		return this.uninominal + this.plurinominal + this.special;
	}

}
