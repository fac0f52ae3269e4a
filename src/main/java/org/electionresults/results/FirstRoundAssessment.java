package org.electionresults.results;

/**
 * The first-round verdict on a partial count, and whether the voters of the mesas not yet
 * counted could still change it. Built by {@link FirstRoundRule#assess}.
 *
 * @param verdict the verdict on the votes counted so far
 * @param uncountedRegistered registered voters of the mesas not yet counted (R)
 * @param reason why the verdict is, or is not, final
 */
public record FirstRoundAssessment(FirstRoundVerdict verdict, long uncountedRegistered, FirstRoundCertainty reason) {

	/**
	 * Whether no way of voting of the uncounted voters can change the outcome and the
	 * winner, or the outcome and the two runoff tickets.
	 */
	public boolean decided() {
		return this.reason.decided();
	}

}
