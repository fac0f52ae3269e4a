package org.electionresults.site.places;

import org.electionresults.site.maps.DepartmentMaps;
import org.electionresults.site.maps.MapService;
import org.electionresults.system.SnapshotReader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The drill-down from the departments and the vote abroad to each polling station. */
@Controller
class PlaceController {

	static final String VIEW = "results/place";

	private final PlaceService places;

	private final MapService maps;

	private final SnapshotReader reads;

	PlaceController(PlaceService places, MapService maps, SnapshotReader reads) {
		this.places = places;
		this.maps = maps;
		this.reads = reads;
	}

	@GetMapping("/departments")
	String places(Model model) {
		return show(this.reads.read(() -> this.places.places()), model);
	}

	@GetMapping("/departments/{id:\\d{1,9}}")
	String department(@PathVariable int id, Model model) {
		model.addAttribute("embedPath", "/embed/departments/" + id);
		DepartmentPage page = this.reads
			.read(() -> new DepartmentPage(this.places.department(id), this.maps.department(id)));
		model.addAttribute("departmentMaps", page.maps());
		return show(page.place(), model);
	}

	@GetMapping("/abroad")
	String abroad(Model model) {
		return show(this.reads.read(() -> this.places.abroad()), model);
	}

	@GetMapping("/abroad/{countryId:\\d{1,9}}")
	String country(@PathVariable int countryId, Model model) {
		return show(this.reads.read(() -> this.places.country(countryId)), model);
	}

	@GetMapping("/abroad/{countryId:\\d{1,9}}/{regionId:\\d{1,9}}")
	String city(@PathVariable int countryId, @PathVariable int regionId, Model model) {
		return show(this.reads.read(() -> this.places.city(countryId, regionId)), model);
	}

	@GetMapping("/municipalities/{key}")
	String municipality(@PathVariable String key, Model model) {
		return show(this.reads.read(() -> this.places.municipality(key)), model);
	}

	@GetMapping("/stations/{locality:\\d{1,9}}:{station:\\d{1,9}}")
	String station(@PathVariable int locality, @PathVariable int station, Model model) {
		return show(this.reads.read(() -> this.places.station(locality, station)), model);
	}

	/** A department and its maps, read in one snapshot. */
	private record DepartmentPage(PlaceView place, DepartmentMaps maps) {
	}

	private static String show(PlaceView place, Model model) {
		model.addAttribute("place", place);
		return VIEW;
	}

}
