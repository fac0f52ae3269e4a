package org.electionresults.results;

/**
 * Why a first-round verdict on a partial count is, or is not yet, final. Only reasons
 * that are {@link #decided()} guarantee that the outcome and the winner (or the two
 * runoff tickets) stay as they are whatever the uncounted voters do.
 */
public enum FirstRoundCertainty {

	/** Every mesa is counted: the verdict is final, ties included. */
	COUNT_COMPLETE(true),

	/**
	 * The leader keeps more than half of the valid votes even if every uncounted voter
	 * votes for a rival.
	 */
	MAJORITY_SECURE(true),

	/**
	 * The leader keeps 40 % and a 10-point lead even if every uncounted voter votes for
	 * the runner-up, and cannot reach a majority even if every uncounted voter votes for
	 * the leader.
	 */
	LEAD_SECURE(true),

	/**
	 * No ticket can reach a majority or 40 + 10, and no other ticket can reach the second
	 * of the two runoff tickets.
	 */
	RUNOFF_SECURE(true),

	/**
	 * The winner is certain to be elected in the first round, but whether by majority or
	 * by 40 + 10 could still change, so the verdict as a whole is not decided.
	 */
	WINNER_SECURE(false),

	/**
	 * Some way of voting of the uncounted voters changes the outcome, the winner or the
	 * runoff pair.
	 */
	UNDECIDED_COULD_CHANGE(false);

	private final boolean decided;

	FirstRoundCertainty(boolean decided) {
		this.decided = decided;
	}

	/** Whether the outcome and the winner or runoff pair can no longer change. */
	public boolean decided() {
		return this.decided;
	}

}
