package org.electionresults.results;

/**
 * The levels at which the current tallies are summed into {@code area_total}. Area keys: country
 * id ({@code 32} is Bolivia); region {@code country:region} (a department in Bolivia, a city abroad);
 * province {@code country:region:province}; municipality {@code country:region:province:section};
 * polling station {@code locality:station} (the export numbers stations within a locality); a mesa
 * by its code (read from its acta, not kept in the aggregates);
 * constituencies by number.
 */
public enum AreaLevel {

	NATIONAL, ABROAD, COUNTRY, REGION, PROVINCE, MUNICIPALITY, STATION, MESA, UNINOMINAL, SPECIAL;

	public static final String NO_KEY = "";

	public static String countryKey(int countryId) {
		return Integer.toString(countryId);
	}

	public static String regionKey(int countryId, int regionId) {
		return countryId + ":" + regionId;
	}

	public static String stationKey(int localityId, int stationId) {
		return localityId + ":" + stationId;
	}

}
