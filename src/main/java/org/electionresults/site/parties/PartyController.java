package org.electionresults.site.parties;

import org.electionresults.system.SnapshotReader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class PartyController {

	static final String LIST_VIEW = "results/parties";

	static final String VIEW = "results/party";

	private final PartyService parties;

	private final SnapshotReader reads;

	PartyController(PartyService parties, SnapshotReader reads) {
		this.parties = parties;
		this.reads = reads;
	}

	@GetMapping("/parties")
	String parties(Model model) {
		model.addAttribute("parties", this.reads.read(() -> this.parties.parties()));
		return LIST_VIEW;
	}

	@GetMapping("/parties/{code}")
	String party(@PathVariable String code, Model model) {
		model.addAttribute("view", this.reads.read(() -> this.parties.party(code)));
		return VIEW;
	}

}
