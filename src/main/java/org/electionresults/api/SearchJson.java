package org.electionresults.api;

import java.util.List;

import org.electionresults.search.SearchResult;

/**
 * What a search found, best first.
 *
 * @param query the query as searched (cleaned of control characters, at most 100 characters)
 * @param results at most 20
 */
record SearchJson(String query, List<Result> results) {

	static SearchJson of(String query, List<SearchResult> results) {
		return new SearchJson(query, results.stream()
			.map((r) -> new Result(r.kind().name(), r.name(), r.context(), r.url()))
			.toList());
	}

	record Result(String kind, String name, String context, String url) {

	}

}
