package org.electionresults.site.chambers;

import org.electionresults.election.Ballot;

import org.electionresults.system.SnapshotReader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ConstituencyController {

	static final String VIEW = "seats/constituency";

	private final ConstituencyService constituencies;

	private final SnapshotReader reads;

	ConstituencyController(ConstituencyService constituencies, SnapshotReader reads) {
		this.constituencies = constituencies;
		this.reads = reads;
	}

	@GetMapping("/constituencies/uninominal/{number:\\d{1,9}}")
	String uninominal(@PathVariable int number, Model model) {
		return show(Ballot.UNINOMINAL, number, model);
	}

	@GetMapping("/constituencies/special/{number:\\d{1,9}}")
	String special(@PathVariable int number, Model model) {
		return show(Ballot.SPECIAL, number, model);
	}

	private String show(Ballot ballot, int number, Model model) {
		model.addAttribute("view", this.reads.read(() -> this.constituencies.constituency(ballot, number)));
		return VIEW;
	}

}
