package org.electionresults.api;

import org.electionresults.election.ElectionCatalogService;
import org.electionresults.seats.SeatsService;

import org.electionresults.system.SnapshotReader;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public seat API: the Senate and the Chamber of Deputies as the count stands. */
@RestController
@Tag(name = "Seats", description = "Seats in the Plurinational Legislative Assembly")
@RequestMapping("/api/seats")
class SeatsApiController {

	private final SeatsService seats;

	private final ElectionCatalogService catalogs;

	private final SnapshotReader reads;

	SeatsApiController(SeatsService seats, ElectionCatalogService catalogs, SnapshotReader reads) {
		this.seats = seats;
		this.catalogs = catalogs;
		this.reads = reads;
	}

	@GetMapping("/senate")
	@Operation(summary = "Senate seats from the current count", description = "Ties are reported, never broken; "
			+ "seats that cannot be decided yet are pending.")
	SeatsJson senate() {
		return this.reads
			.read(() -> SeatsJson.senate(this.seats.senate(), this.seats.provisional(), this.catalogs.current()));
	}

	@GetMapping("/deputies")
	@Operation(summary = "Chamber of Deputies seats from the current count")
	SeatsJson deputies() {
		return this.reads
			.read(() -> SeatsJson.deputies(this.seats.deputies(), this.seats.provisional(), this.catalogs.current()));
	}

}
