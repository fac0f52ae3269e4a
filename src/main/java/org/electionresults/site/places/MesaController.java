package org.electionresults.site.places;

import org.electionresults.system.SnapshotReader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class MesaController {

	static final String VIEW = "results/mesa";

	private final MesaService mesas;

	private final SnapshotReader reads;

	MesaController(MesaService mesas, SnapshotReader reads) {
		this.mesas = mesas;
		this.reads = reads;
	}

	@GetMapping("/mesas/{code:\\d{1,9}}")
	String mesa(@PathVariable int code, Model model) {
		model.addAttribute("view", this.reads.read(() -> this.mesas.mesa(code)));
		return VIEW;
	}

}
