package org.electionresults.seats.web;

/** The two chambers of the Plurinational Legislative Assembly. */
public enum Chamber {

	SENATE, DEPUTIES

}
