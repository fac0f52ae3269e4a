package org.electionresults.site.overview;

import org.electionresults.system.SnapshotReader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The presidential result as a compact page for another site's {@code <iframe>}. */
@Controller
class PresidentEmbedController {

	static final String VIEW = "embed/president";

	private final OverviewService overviews;

	private final SnapshotReader reads;

	PresidentEmbedController(OverviewService overviews, SnapshotReader reads) {
		this.overviews = overviews;
		this.reads = reads;
	}

	@GetMapping("/embed/president")
	String president(Model model) {
		model.addAttribute("overview", this.reads.read(() -> this.overviews.overview()));
		return VIEW;
	}

}
