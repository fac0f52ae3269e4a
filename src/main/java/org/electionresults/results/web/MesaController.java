package org.electionresults.results.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class MesaController {

	static final String VIEW = "results/mesa";

	private final MesaService mesas;

	MesaController(MesaService mesas) {
		this.mesas = mesas;
	}

	@GetMapping("/mesas/{code:\\d{1,9}}")
	String mesa(@PathVariable int code, Model model) {
		model.addAttribute("view", this.mesas.mesa(code));
		return VIEW;
	}

}
