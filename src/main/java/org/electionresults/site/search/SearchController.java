package org.electionresults.site.search;

import java.util.List;

import org.electionresults.search.SearchQuery;
import org.electionresults.search.SearchResult;
import org.electionresults.search.SearchService;
import org.electionresults.system.SnapshotReader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /search?q=}: what the header's search box finds. */
@Controller
class SearchController {

	static final String VIEW = "search/search";

	private final SearchService search;

	private final SnapshotReader reads;

	SearchController(SearchService search, SnapshotReader reads) {
		this.search = search;
		this.reads = reads;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", defaultValue = "") String q, Model model) {
		SearchQuery query = SearchQuery.of(q);
		List<SearchResult> results = this.reads.read(() -> this.search.search(query));
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		return VIEW;
	}

}
