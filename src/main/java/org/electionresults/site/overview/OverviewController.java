package org.electionresults.site.overview;

import org.electionresults.site.maps.AreaMap;
import org.electionresults.site.maps.MapService;
import org.electionresults.system.SnapshotReader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OverviewController {

	static final String VIEW = "results/overview";

	private final OverviewService overviews;

	private final MapService maps;

	private final SnapshotReader reads;

	OverviewController(OverviewService overviews, MapService maps, SnapshotReader reads) {
		this.overviews = overviews;
		this.maps = maps;
		this.reads = reads;
	}

	@GetMapping("/")
	String overview(Model model) {
		Page page = this.reads.read(() -> {
			OverviewView overview = this.overviews.overview();
			return new Page(overview, this.maps.departments(overview.departments()));
		});
		model.addAttribute("overview", page.overview());
		model.addAttribute("departmentMap", page.departmentMap());
		return VIEW;
	}

	/** The overview and its map of the departments, read in one snapshot. */
	private record Page(OverviewView overview, AreaMap departmentMap) {
	}

}
