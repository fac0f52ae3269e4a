package org.electionresults.search;

/**
 * The page of each kind of result. These are the public site's addresses (site.PlaceLinks and the
 * candidate and party pages); the API returns them too, so they live here, below both.
 */
final class SearchLinks {

	private SearchLinks() {
	}

	static String of(SearchKind kind, String target) {
		return switch (kind) {
			case MESA -> "/mesas/" + target;
			case DEPARTMENT -> "/departments/" + target;
			case MUNICIPALITY, LOCALITY, CITY -> "/municipalities/" + target;
			case STATION -> "/stations/" + target;
			case COUNTRY -> "/abroad/" + target;
			case CANDIDATE -> "/candidates/" + target;
			case PARTY -> "/parties/" + target;
		};
	}

}
