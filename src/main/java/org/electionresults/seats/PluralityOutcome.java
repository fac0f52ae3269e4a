package org.electionresults.seats;

/**
 * What a plurality count gives in a single-member constituency.
 */
public enum PluralityOutcome {

	/** One party has more votes than any other. */
	WON,

	/** Two or more parties share the most votes: the tribunal decides. */
	TIE,

	/** No valid vote: there is no winner yet. */
	NO_VOTES

}
