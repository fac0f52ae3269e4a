package org.electionresults.results;

import org.electionresults.election.ElectionCatalogService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OverviewController {

	static final String VIEW = "results/overview";

	private final ElectionCatalogService catalogs;

	private final CountStatusService counts;

	OverviewController(ElectionCatalogService catalogs, CountStatusService counts) {
		this.catalogs = catalogs;
		this.counts = counts;
	}

	@GetMapping("/")
	String overview(Model model) {
		model.addAttribute("election", this.catalogs.current());
		model.addAttribute("count", this.counts.current());
		return VIEW;
	}

}
