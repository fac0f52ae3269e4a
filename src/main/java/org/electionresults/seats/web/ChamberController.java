package org.electionresults.seats.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ChamberController {

	static final String VIEW = "seats/chamber";

	private final ChamberService chambers;

	ChamberController(ChamberService chambers) {
		this.chambers = chambers;
	}

	@GetMapping("/chambers/senate")
	String senate(Model model) {
		model.addAttribute("chamber", this.chambers.senate());
		return VIEW;
	}

	@GetMapping("/chambers/deputies")
	String deputies(Model model) {
		model.addAttribute("chamber", this.chambers.deputies());
		return VIEW;
	}

}
