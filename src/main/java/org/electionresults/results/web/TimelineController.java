package org.electionresults.results.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class TimelineController {

	static final String VIEW = "results/timeline";

	private final TimelineService timelines;

	TimelineController(TimelineService timelines) {
		this.timelines = timelines;
	}

	@GetMapping("/timeline")
	String timeline(Model model) {
		model.addAttribute("timeline", this.timelines.timeline());
		return VIEW;
	}

}
