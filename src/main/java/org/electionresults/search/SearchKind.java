package org.electionresults.search;

/** What a search result is, in the order results of equal relevance are listed. */
public enum SearchKind {

	MESA, DEPARTMENT, MUNICIPALITY, COUNTRY, CITY, PARTY, CANDIDATE, LOCALITY, STATION

}
