package org.electionresults.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;
import org.electionresults.review.CompositionService;
import org.electionresults.review.FlaggedMesa;
import org.electionresults.review.ReviewFilter;
import org.electionresults.review.ReviewRule;
import org.electionresults.review.ReviewService;
import org.electionresults.system.SnapshotReader;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review flags and the composition of the count as JSON and CSV (docs/api.md): public, cached and
 * conditional like every public answer, each computed in one snapshot.
 */
@RestController
class ReviewApiController {

	static final List<String> CSV_HEADER = List.of("CODIGO_MESA", "RULE", "ID_PAIS", "PAIS", "ID_DEPARTAMENTO",
			"DEPARTAMENTO", "MUNICIPIO", "RECINTO", "NUMERO_MESA", "PARTY", "VALUE", "BASE", "PERCENT",
			"STATION_MEDIAN_PERCENT");

	private final ReviewService reviews;

	private final CompositionService compositions;

	private final SnapshotReader reads;

	ReviewApiController(ReviewService reviews, CompositionService compositions, SnapshotReader reads) {
		this.reviews = reviews;
		this.compositions = compositions;
		this.reads = reads;
	}

	@GetMapping("/api/review")
	ReviewJson review() {
		return this.reads.read(() -> ReviewJson.of(this.reviews.summary()));
	}

	@GetMapping("/api/results/president/composition")
	CompositionJson composition() {
		return this.reads.read(() -> CompositionJson.of(this.compositions.president()));
	}

	/**
	 * One row per mesa and rule, by mesa code; {@code rule}, {@code department} (1–9 or
	 * {@code abroad}) and {@code municipality} (area key) narrow it. Names are neutralised against
	 * formula injection; numbers are exact, percentages rounded half up to two decimals.
	 */
	@GetMapping("/api/review/flags.csv")
	@ApiResponse(responseCode = "200", description = "The CSV",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	void flags(@RequestParam(required = false) @Nullable String rule,
			@RequestParam(required = false) @Nullable String department,
			@RequestParam(required = false) @Nullable String municipality, @Parameter(hidden = true) HttpServletResponse response)
			throws IOException {
		ReviewRule chosen = Arrays.stream(ReviewRule.values())
			.filter((candidate) -> candidate.name().equals(rule))
			.findFirst()
			.orElse(null);
		List<FlaggedMesa> flags = this.reads
			.read(() -> this.reviews.allFlags(new ReviewFilter(chosen, department, municipality)));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("review-flags.csv").build().toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try (CsvWriter csv = CsvWriter.builder().build(writer)) {
			csv.writeRecord(CSV_HEADER);
			for (FlaggedMesa flag : flags) {
				csv.writeRecord(Integer.toString(flag.mesaCode()), flag.rule().name(), Integer.toString(flag.countryId()),
						SpreadsheetSafeText.of(flag.country()), Integer.toString(flag.regionId()),
						SpreadsheetSafeText.of(flag.region()), SpreadsheetSafeText.of(flag.municipality()),
						SpreadsheetSafeText.of(flag.station()), Integer.toString(flag.number()),
						(flag.party() != null) ? flag.party() : "", Long.toString(flag.value()),
						Long.toString(flag.base()), flag.share().percent().toPlainString(),
						(flag.median() != null) ? flag.median().percent().toPlainString() : "");
			}
		}
	}

}
