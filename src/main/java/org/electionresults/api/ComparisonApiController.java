package org.electionresults.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;
import org.electionresults.comparison.AreaComparison;
import org.electionresults.comparison.ComparisonLevel;
import org.electionresults.comparison.ComparisonService;
import org.electionresults.comparison.PartyComparison;
import org.electionresults.system.SnapshotReader;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * 2019 (the election later annulled) beside 2020 per level, as JSON
 * ({@code /api/comparison/2019?level=NATIONAL|DEPARTMENT|MUNICIPALITY}) and as CSV
 * ({@code /api/comparison/2019.csv?level=…}); see docs/api.md.
 */
@RestController
class ComparisonApiController {

	private final ComparisonService comparisons;

	private final SnapshotReader reads;

	ComparisonApiController(ComparisonService comparisons, SnapshotReader reads) {
		this.comparisons = comparisons;
		this.reads = reads;
	}

	@GetMapping("/api/comparison/2019")
	ComparisonJson json(@RequestParam(defaultValue = "NATIONAL") String level) {
		ComparisonLevel chosen = level(level);
		return ComparisonJson.of(chosen, this.reads.read(() -> this.comparisons.level(chosen)));
	}

	@GetMapping("/api/comparison/2019.csv")
	@ApiResponse(responseCode = "200", description = "The CSV",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	void csv(@RequestParam(defaultValue = "NATIONAL") String level, @Parameter(hidden = true) HttpServletResponse response) throws IOException {
		ComparisonLevel chosen = level(level);
		List<AreaComparison> rows = this.reads.read(() -> this.comparisons.level(chosen));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("comparison-2019-" + chosen.name().toLowerCase(Locale.ROOT) + ".csv")
			.build()
			.toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try (CsvWriter csv = CsvWriter.builder().build(writer)) {
			List<String> header = new ArrayList<>(List.of("level", "area", "name", "counted2020", "expected2020",
					"turnout2019", "turnout2020"));
			ComparisonService.PARTIES.forEach((party) -> header
				.addAll(List.of("share2019_" + party, "share2020_" + party, "swing_" + party)));
			csv.writeRecord(header);
			for (AreaComparison area : rows) {
				List<String> row = new ArrayList<>(List.of(chosen.name(), area.area(), SpreadsheetSafeText.of(area.name()),
						Integer.toString(area.counted2020()), text(area.expected2020()),
						text(area.turnout2019().percent()),
						(area.turnout2020() != null) ? text(area.turnout2020().percent()) : ""));
				for (PartyComparison party : area.parties()) {
					row.add(text(party.share2019().percent()));
					row.add((party.share2020() != null) ? text(party.share2020().percent()) : "");
					row.add((party.swing() != null) ? text(party.swing().points()) : "");
				}
				csv.writeRecord(row);
			}
		}
	}

	private static String text(@Nullable Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return (value != null) ? value.toString() : "";
	}

	private static ComparisonLevel level(String name) {
		try {
			return ComparisonLevel.valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "level must be NATIONAL, DEPARTMENT or MUNICIPALITY");
		}
	}

}
