package org.electionresults.results.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class CandidateController {

	static final String LIST_VIEW = "results/candidates";

	static final String VIEW = "results/candidate";

	private final CandidateService candidates;

	CandidateController(CandidateService candidates) {
		this.candidates = candidates;
	}

	@GetMapping("/candidates")
	String candidates(Model model) {
		model.addAttribute("candidates", this.candidates.candidates());
		return LIST_VIEW;
	}

	@GetMapping("/candidates/{slug}")
	String candidate(@PathVariable String slug, Model model) {
		model.addAttribute("candidate", this.candidates.candidate(slug));
		return VIEW;
	}

}
