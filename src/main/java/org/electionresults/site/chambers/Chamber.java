package org.electionresults.site.chambers;

/** The two chambers of the Plurinational Legislative Assembly. */
public enum Chamber {

	SENATE, DEPUTIES

}
