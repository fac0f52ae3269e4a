package org.electionresults.seats;

/**
 * Where a single-member constituency's seat stands in the count.
 */
public enum ConstituencyStatus {

	/** A party won the seat. */
	WON,

	/** Parties tie for the seat: the tribunal decides. */
	TIED,

	/** No winner yet: no acta counted, or no valid vote in those counted. */
	PENDING

}
