package org.electionresults.site.maps;

import java.util.Locale;

import org.electionresults.system.SnapshotReader;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** {@code /maps}: the municipalities by one layer, chosen by query parameters. */
@Controller
class MapController {

	static final String VIEW = "results/maps";

	private final MapService maps;

	private final SnapshotReader reads;

	MapController(MapService maps, SnapshotReader reads) {
		this.maps = maps;
		this.reads = reads;
	}

	@GetMapping("/maps")
	String maps(@RequestParam(defaultValue = "leader") String layer, @RequestParam(required = false) @Nullable String party,
			Model model) {
		MapLayer chosen = MapLayer.ofParameter(layer.toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new MapNotFoundException(layer));
		if (!this.maps.offers(chosen, party)) {
			throw new MapNotFoundException(layer + " " + party);
		}
		model.addAttribute("maps", this.reads.read(() -> this.maps.maps(chosen, party)));
		return VIEW;
	}

	/** No such layer, or a party the layer cannot show. */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class MapNotFoundException extends RuntimeException {

		MapNotFoundException(String what) {
			super("No map " + what);
		}

	}

}
