package org.electionresults.results;

/**
 * What the presidential first round gives, by the Constitution, art. 166.
 */
public enum FirstRoundOutcome {

	/** The leader has more than half of the valid votes: {@code 2·a > V}. */
	WON_MAJORITY,

	/**
	 * The leader has at least 40 % of the valid votes and leads the runner-up by at least
	 * 10 percentage points: {@code 10·a ≥ 4·V} and {@code 10·(a − b) ≥ V}, without a
	 * majority.
	 */
	WON_LEAD,

	/** Neither condition holds: the two tickets with most votes go to a runoff. */
	RUNOFF,

	/** No valid vote has been counted, so there is nothing to decide yet. */
	NO_VOTES;

	/** Whether a ticket is elected in the first round. */
	public boolean won() {
		return this == WON_MAJORITY || this == WON_LEAD;
	}

}
