package org.electionresults.site.chambers;

import org.electionresults.system.SnapshotReader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ChamberController {

	static final String VIEW = "seats/chamber";

	private final ChamberService chambers;

	private final SnapshotReader reads;

	ChamberController(ChamberService chambers, SnapshotReader reads) {
		this.chambers = chambers;
		this.reads = reads;
	}

	@GetMapping("/chambers/senate")
	String senate(Model model) {
		model.addAttribute("chamber", this.reads.read(() -> this.chambers.senate()));
		return VIEW;
	}

	@GetMapping("/chambers/deputies")
	String deputies(Model model) {
		model.addAttribute("chamber", this.reads.read(() -> this.chambers.deputies()));
		return VIEW;
	}

}
