package org.electionresults.site.overview;

import org.electionresults.system.SnapshotReader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OverviewController {

	static final String VIEW = "results/overview";

	private final OverviewService overviews;

	private final SnapshotReader reads;

	OverviewController(OverviewService overviews, SnapshotReader reads) {
		this.overviews = overviews;
		this.reads = reads;
	}

	@GetMapping("/")
	String overview(Model model) {
		model.addAttribute("overview", this.reads.read(() -> this.overviews.overview()));
		return VIEW;
	}

}
