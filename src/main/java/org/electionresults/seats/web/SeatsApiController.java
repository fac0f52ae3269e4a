package org.electionresults.seats.web;

import org.electionresults.election.ElectionCatalogService;
import org.electionresults.seats.SeatsService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public seat API: the Senate and the Chamber of Deputies as the count stands. */
@RestController
@RequestMapping("/api/seats")
class SeatsApiController {

	private final SeatsService seats;

	private final ElectionCatalogService catalogs;

	SeatsApiController(SeatsService seats, ElectionCatalogService catalogs) {
		this.seats = seats;
		this.catalogs = catalogs;
	}

	@GetMapping("/senate")
	SeatsJson senate() {
		return SeatsJson.senate(this.seats.senate(), this.seats.provisional(), this.catalogs.current());
	}

	@GetMapping("/deputies")
	SeatsJson deputies() {
		return SeatsJson.deputies(this.seats.deputies(), this.seats.provisional(), this.catalogs.current());
	}

}
