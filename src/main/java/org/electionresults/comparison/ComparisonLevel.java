package org.electionresults.comparison;

/** The levels at which 2019 and 2020 are compared. */
public enum ComparisonLevel {

	/** Bolivia and the vote abroad together. */
	NATIONAL,

	/** One of the nine departments. */
	DEPARTMENT,

	/** One of Bolivia's 2020 municipalities. */
	MUNICIPALITY

}
