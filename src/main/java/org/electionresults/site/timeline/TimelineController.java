package org.electionresults.site.timeline;

import org.electionresults.system.SnapshotReader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class TimelineController {

	static final String VIEW = "results/timeline";

	private final TimelineService timelines;

	private final SnapshotReader reads;

	TimelineController(TimelineService timelines, SnapshotReader reads) {
		this.timelines = timelines;
		this.reads = reads;
	}

	@GetMapping("/timeline")
	String timeline(Model model) {
		model.addAttribute("timeline", this.reads.read(() -> this.timelines.timeline()));
		return VIEW;
	}

}
