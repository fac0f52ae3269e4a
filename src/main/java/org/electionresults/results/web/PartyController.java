package org.electionresults.results.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class PartyController {

	static final String LIST_VIEW = "results/parties";

	static final String VIEW = "results/party";

	private final PartyService parties;

	PartyController(PartyService parties) {
		this.parties = parties;
	}

	@GetMapping("/parties")
	String parties(Model model) {
		model.addAttribute("parties", this.parties.parties());
		return LIST_VIEW;
	}

	@GetMapping("/parties/{code}")
	String party(@PathVariable String code, Model model) {
		model.addAttribute("view", this.parties.party(code));
		return VIEW;
	}

}
