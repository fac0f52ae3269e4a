package org.electionresults.api;

import org.electionresults.results.AreaNotFoundException;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.electionresults.results.AreaLevel;
import org.electionresults.results.BallotResult;
import org.electionresults.results.ResultsService;

import org.electionresults.system.SnapshotReader;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Results of one ballot at one level as CSV, for journalists' spreadsheets:
 * {@code /api/results/president.csv?level=REGION} (also {@code uninominal}, {@code special};
 * levels COUNTRY, REGION, PROVINCE, MUNICIPALITY, STATION, UNINOMINAL, SPECIAL). Exact integers;
 * names are neutralised against formula injection.
 */
@RestController
@Tag(name = "Results")
class ResultsCsvController {

	private final ResultsService results;

	private final ElectionCatalogService catalogs;

	private final SnapshotReader reads;

	ResultsCsvController(ResultsService results, ElectionCatalogService catalogs, SnapshotReader reads) {
		this.results = results;
		this.catalogs = catalogs;
		this.reads = reads;
	}

	@GetMapping("/api/results/{ballot}.csv")
	@Operation(summary = "Results of one ballot at one level as CSV",
			description = "One row per area: level, area, name, actas, registered, emitted, valid, blank, null, "
					+ "then one column per running party. Exact integers; names neutralised against formula injection.")
	@ApiResponse(responseCode = "200", description = "The CSV",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "404", description = "Unknown ballot or level")
	void csv(
			@Parameter(description = "ballot", schema = @Schema(allowableValues = { "president", "uninominal", "special" })) @PathVariable String ballot,
			@Parameter(description = "area level", schema = @Schema(allowableValues = { "COUNTRY", "REGION", "PROVINCE",
					"MUNICIPALITY", "STATION", "UNINOMINAL", "SPECIAL" }, defaultValue = "REGION")) @RequestParam(defaultValue = "REGION") String level,
			@Parameter(hidden = true) HttpServletResponse response) throws IOException {
		Ballot chosen = ballot(ballot);
		AreaLevel areaLevel = level(level);
		List<BallotResult> rows = this.reads.read(() -> this.results.level(chosen, areaLevel));
		ElectionCatalog election = this.catalogs.current();
		List<ElectionCatalog.PartyInfo> parties = election.partiesOn(chosen)
			.stream()
			.filter((party) -> !party.withdrawn())
			.toList();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(ballot.toLowerCase(Locale.ROOT) + "-" + areaLevel.name().toLowerCase(Locale.ROOT) + ".csv")
			.build()
			.toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try (CsvWriter csv = CsvWriter.builder().build(writer)) {
			List<String> header = new ArrayList<>(List.of("level", "area", "name", "actas", "registered", "emitted",
					"valid", "blank", "null"));
			parties.forEach((party) -> header.add(party.code()));
			csv.writeRecord(header);
			for (BallotResult result : rows) {
				List<String> row = new ArrayList<>(List.of(areaLevel.name(), SpreadsheetSafeText.of(result.area()),
						SpreadsheetSafeText.of(result.name()), Integer.toString(result.progress().counted()),
						Long.toString(result.registered()), Long.toString(result.emitted()), Long.toString(result.valid()),
						Long.toString(result.blank()), Long.toString(result.nullVotes())));
				parties.forEach((party) -> row.add(
						Long.toString(result.party(party.code()).map((votes) -> votes.votes()).orElse(0L))));
				csv.writeRecord(row);
			}
		}
	}

	private static Ballot ballot(String name) {
		return switch (name) {
			case "president" -> Ballot.PRESIDENT;
			case "uninominal" -> Ballot.UNINOMINAL;
			case "special" -> Ballot.SPECIAL;
			default -> throw new AreaNotFoundException("ballot " + name);
		};
	}

	private static AreaLevel level(String name) {
		try {
			AreaLevel level = AreaLevel.valueOf(name.toUpperCase(Locale.ROOT));
			if (level == AreaLevel.MESA) {
				throw new AreaNotFoundException("level " + name);
			}
			return level;
		}
		catch (IllegalArgumentException ex) {
			throw new AreaNotFoundException("level " + name);
		}
	}

}
