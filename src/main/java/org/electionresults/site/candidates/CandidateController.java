package org.electionresults.site.candidates;

import org.electionresults.system.SnapshotReader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class CandidateController {

	static final String LIST_VIEW = "results/candidates";

	static final String VIEW = "results/candidate";

	private final CandidateService candidates;

	private final SnapshotReader reads;

	CandidateController(CandidateService candidates, SnapshotReader reads) {
		this.candidates = candidates;
		this.reads = reads;
	}

	@GetMapping("/candidates")
	String candidates(Model model) {
		model.addAttribute("candidates", this.reads.read(() -> this.candidates.candidates()));
		return LIST_VIEW;
	}

	@GetMapping("/candidates/{slug}")
	String candidate(@PathVariable String slug, Model model) {
		model.addAttribute("candidate", this.reads.read(() -> this.candidates.candidate(slug)));
		return VIEW;
	}

}
