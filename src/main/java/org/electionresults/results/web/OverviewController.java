package org.electionresults.results.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OverviewController {

	static final String VIEW = "results/overview";

	private final OverviewService overviews;

	OverviewController(OverviewService overviews) {
		this.overviews = overviews;
	}

	@GetMapping("/")
	String overview(Model model) {
		model.addAttribute("overview", this.overviews.overview());
		return VIEW;
	}

}
