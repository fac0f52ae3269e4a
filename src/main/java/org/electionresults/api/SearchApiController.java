package org.electionresults.api;

import org.electionresults.search.SearchQuery;
import org.electionresults.search.SearchService;
import org.electionresults.system.SnapshotReader;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search?q=}: mesas, places, candidates and parties (see docs/api.md). */
@RestController
class SearchApiController {

	private final SearchService search;

	private final SnapshotReader reads;

	SearchApiController(SearchService search, SnapshotReader reads) {
		this.search = search;
		this.reads = reads;
	}

	@GetMapping("/api/search")
	SearchJson search(@RequestParam(name = "q", defaultValue = "") String q) {
		SearchQuery query = SearchQuery.of(q);
		return SearchJson.of(query.text(), this.reads.read(() -> this.search.search(query)));
	}

}
