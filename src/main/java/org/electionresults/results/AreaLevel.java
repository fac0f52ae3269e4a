package org.electionresults.results;

/**
 * The levels at which the current tallies are summed into {@code area_total}; an area at a level is
 * named by its {@link AreaKey}.
 */
public enum AreaLevel {

	NATIONAL, ABROAD, COUNTRY, REGION, PROVINCE, MUNICIPALITY, STATION, MESA, UNINOMINAL, SPECIAL;

	public static final String NO_KEY = "";




}
