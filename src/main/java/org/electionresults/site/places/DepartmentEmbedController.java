package org.electionresults.site.places;

import org.electionresults.system.SnapshotReader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A department's presidential result as a compact page for another site's {@code <iframe>}. */
@Controller
class DepartmentEmbedController {

	static final String VIEW = "embed/department";

	private final PlaceService places;

	private final SnapshotReader reads;

	DepartmentEmbedController(PlaceService places, SnapshotReader reads) {
		this.places = places;
		this.reads = reads;
	}

	@GetMapping("/embed/departments/{id:\\d{1,9}}")
	String department(@PathVariable int id, Model model) {
		model.addAttribute("place", this.reads.read(() -> this.places.department(id)));
		model.addAttribute("departmentId", id);
		return VIEW;
	}

}
