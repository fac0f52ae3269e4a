package org.electionresults.site.chambers;

import org.electionresults.system.SnapshotReader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A chamber's hemicycle as a compact page for another site's {@code <iframe>}. */
@Controller
class ChamberEmbedController {

	static final String VIEW = "embed/chamber";

	private final ChamberService chambers;

	private final SnapshotReader reads;

	ChamberEmbedController(ChamberService chambers, SnapshotReader reads) {
		this.chambers = chambers;
		this.reads = reads;
	}

	@GetMapping("/embed/chambers/senate")
	String senate(Model model) {
		model.addAttribute("chamber", this.reads.read(() -> this.chambers.senate()));
		return VIEW;
	}

	@GetMapping("/embed/chambers/deputies")
	String deputies(Model model) {
		model.addAttribute("chamber", this.reads.read(() -> this.chambers.deputies()));
		return VIEW;
	}

}
