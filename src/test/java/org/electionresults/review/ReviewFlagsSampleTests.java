package org.electionresults.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.electionresults.RealSample;
import org.electionresults.CountIntegrationTest;
import org.electionresults.ingest.UploadFiles;
import org.electionresults.ingest.UploadReport;
import org.electionresults.ingest.UploadStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The flags the upload's SQL stores for the real partial export of 19 October 2020 equal those of
 * {@link ReviewRules} (plain Java, exact ratios) run over the file as parsed here, station by
 * station: after the first upload, after a correction and after a snapshot that withdraws mesas,
 * each of which recomputes the flags of the whole station it touches.
 */
class ReviewFlagsSampleTests extends CountIntegrationTest {

	static final Path SAMPLE = RealSample.PARTIAL_EXPORT;

	/** Running parties in column order; marks for the withdrawn ones are null votes. */
	static final List<String> RUNNING = List.of("CREEMOS", "MAS_IPSP", "FPV", "PAN_BOL", "CC");

	static final List<String> WITHDRAWN = List.of("ADN", "LIBRE_21", "JUNTOS");

	@Autowired
	ReviewService reviews;

	@Test
	void theStoredFlagsEqualTheRulesOverTheParsedFile() throws IOException {
		List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
		upload("sample.csv", lines, false);
		Set<String> expected = expectedFlags(lines);
		assertThat(expected).as("the sample has flags of every kind").hasSizeGreaterThan(50);
		assertThat(rulesIn(expected)).containsAll(Set.of("FULL_TURNOUT", "ONE_PARTY", "HIGH_NULL", "HIGH_BLANK",
				"SHARE_OUT_OF_LINE", "TURNOUT_OUT_OF_LINE"));
		assertThat(storedFlags()).isEqualTo(expected);
		Map<String, Long> perRule = expected.stream()
			.collect(Collectors.groupingBy((flag) -> flag.split(" ")[1], Collectors.counting()));
		for (ReviewSummary.RuleCount count : this.reviews.summary().rules()) {
			assertThat(count.count()).as(count.rule().name()).isEqualTo(perRule.getOrDefault(count.rule().name(), 0L));
		}
	}

	@Test
	void aCorrectionAndAWithdrawalRecomputeTheirWholeStations() throws IOException {
		List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
		upload("sample.csv", lines, false);
		// every registered voter of the first presidential acta of a big station voted after all
		String station = bigStation(lines);
		List<String> corrected = new ArrayList<>(lines);
		int row = firstPresidentialRowAt(corrected, station);
		corrected.set(row, fullTurnout(corrected.get(0), corrected.get(row)));
		upload("corrected.csv", corrected, false);
		assertThat(storedFlags()).isEqualTo(expectedFlags(corrected)).contains(mesaOf(corrected.get(row)) + " FULL_TURNOUT");
		// a snapshot without two mesas of that station: they leave, and their neighbours are compared again
		List<String> snapshot = new ArrayList<>(corrected);
		Set<String> dropped = new TreeSet<>();
		for (int i = snapshot.size() - 1; i > 0 && dropped.size() < 2; i--) {
			if (stationOf(snapshot.get(0), snapshot.get(i)).equals(station)) {
				dropped.add(mesaOf(snapshot.get(i)));
			}
		}
		snapshot.removeIf((line) -> !line.startsWith("CODIGO_MESA") && dropped.contains(mesaOf(line)));
		upload("snapshot.csv", snapshot, true);
		assertThat(storedFlags()).isEqualTo(expectedFlags(snapshot));
	}

	private void upload(String name, List<String> lines, boolean snapshot) throws IOException {
		Path file = this.dir.resolve(name);
		Files.write(file, lines, StandardCharsets.UTF_8);
		UploadReport report = this.uploads.ingest(UploadFiles.attempt(file, snapshot));
		assertThat(report.status()).as(report.toString()).isEqualTo(UploadStatus.COMMITTED);
	}

	private Set<String> storedFlags() {
		return new TreeSet<>(this.jdbc.sql("""
				SELECT f.mesa_code || ' ' || f.rule || coalesce(' ' || p.code, '') || coalesce(' ' || f.median_num::numeric / f.median_den, '')
				FROM review_flag f LEFT JOIN party p ON p.election_id = f.election_id AND p.position = f.party_position""")
			.query(String.class)
			.list()
			.stream()
			.map(ReviewFlagsSampleTests::normalise)
			.toList());
	}

	/** The rules over the presidential rows of the file, grouped by locality and recinto. */
	static Set<String> expectedFlags(List<String> lines) throws IOException {
		Map<String, List<ReviewedActa>> stations = new LinkedHashMap<>();
		try (Reader reader = new StringReader(String.join("\n", lines));
				CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
			for (NamedCsvRecord row : csv) {
				if (!row.getField("CANDIDATURA").trim().equals("PRESIDENTE")) {
					continue;
				}
				int nulls = number(row, "VOTO_NULO") + WITHDRAWN.stream().mapToInt((party) -> number(row, party)).sum();
				int[] running = RUNNING.stream().mapToInt((party) -> number(row, party)).toArray();
				stations.computeIfAbsent(number(row, "ID_LOCALIDAD") + ":" + number(row, "ID_RECINTO"), (key) -> new ArrayList<>())
					.add(new ReviewedActa(number(row, "CODIGO_MESA"), number(row, "INSCRITOS_HABILITADOS"),
							number(row, "VOTO_EMITIDO"), number(row, "VOTO_BLANCO"), nulls, running));
			}
		}
		ReviewRules rules = new ReviewRules(ReviewThresholds.defaults());
		Set<String> flags = new TreeSet<>();
		for (List<ReviewedActa> station : stations.values()) {
			for (Flag flag : rules.station(station)) {
				String party = (flag.party() != null) ? " " + RUNNING.get(flag.party()) : "";
				String median = (flag.median() != null)
						? " " + new java.math.BigDecimal(flag.median().num()).divide(new java.math.BigDecimal(flag.median().den()), 12, java.math.RoundingMode.HALF_UP)
						: "";
				flags.add(normalise(flag.mesaCode() + " " + flag.rule() + party + median));
			}
		}
		return flags;
	}

	/** Medians to 12 decimals, so that the SQL's numeric and the test's BigDecimal print alike. */
	private static String normalise(String flag) {
		String[] parts = flag.split(" ");
		String last = parts[parts.length - 1];
		if (last.contains(".")) {
			parts[parts.length - 1] = new java.math.BigDecimal(last).setScale(12, java.math.RoundingMode.HALF_UP).toPlainString();
		}
		return String.join(" ", parts);
	}

	private static Set<String> rulesIn(Set<String> flags) {
		return flags.stream().map((flag) -> flag.split(" ")[1]).collect(Collectors.toSet());
	}

	private static int number(NamedCsvRecord row, String column) {
		return Integer.parseInt(row.getField(column).trim());
	}

	private static String bigStation(List<String> lines) {
		Map<String, Integer> sizes = new LinkedHashMap<>();
		lines.stream().skip(1).filter((line) -> line.contains(",PRESIDENTE,"))
			.forEach((line) -> sizes.merge(stationOf(lines.get(0), line), 1, Integer::sum));
		return sizes.entrySet().stream().filter((entry) -> entry.getValue() >= 5 && !entry.getKey().equals("quoted")).findFirst().orElseThrow().getKey();
	}

	private static int firstPresidentialRowAt(List<String> lines, String station) {
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).contains(",PRESIDENTE,") && stationOf(lines.get(0), lines.get(i)).equals(station)) {
				return i;
			}
		}
		throw new IllegalStateException("No presidential row at " + station);
	}

	private static String fullTurnout(String header, String line) {
		return withCells(header, line, (cells) -> {
			cells.set(column(header, "INSCRITOS_HABILITADOS"), cells.get(column(header, "VOTO_EMITIDO")));
			return cells;
		});
	}

	private static String stationOf(String header, String line) {
		if (line.contains("\"")) {
			return "quoted";
		}
		List<String> cells = List.of(line.split(",", -1));
		return cells.get(column(header, "ID_LOCALIDAD")) + ":" + cells.get(column(header, "ID_RECINTO"));
	}

	private static String mesaOf(String line) {
		return line.substring(0, line.indexOf(','));
	}

	private static String withCells(String header, String line, UnaryOperator<List<String>> change) {
		return String.join(",", change.apply(new ArrayList<>(List.of(line.split(",", -1)))));
	}

	private static int column(String header, String name) {
		return List.of(header.split(",")).indexOf(name);
	}

}
