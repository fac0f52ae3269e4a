package org.electionresults.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.DepartmentPlan;
import org.electionresults.election.ElectionCatalog.PartyInfo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Randomly damaged copies of a valid file: reading never throws, whatever is wrong is reported,
 * and every row that reaches the sink is a consistent acta.
 */
class TallyFileFuzzTests {

	private static final ElectionCatalog REFERENCE = ReferenceFixtures.eg2020();

	private static final TallyFileReader READER = new TallyFileReader(REFERENCE, 300);

	private static final String VALID_CSV = validCsv();

	private static final byte[] VALID_XLSX = validXlsx();

	@Property(tries = 1500)
	void damagedCsvFilesAreReportedNotThrown(
			@ForAll @Size(min = 1, max = 8) List<@From("mutations") TextMutation> mutations, @ForAll boolean latin1)
			throws IOException {
		String text = VALID_CSV;
		for (TextMutation mutation : mutations) {
			text = mutation.apply(text);
		}
		byte[] bytes = text.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
		checkReading(bytes, "export.csv");
	}

	@Property(tries = 200)
	void damagedWorkbooksAreReportedNotThrown(@ForAll @Size(min = 1, max = 4) List<Integer> positions,
			@ForAll byte value) throws IOException {
		byte[] bytes = VALID_XLSX.clone();
		for (int position : positions) {
			bytes[Math.floorMod(position, bytes.length)] = value;
		}
		checkReading(bytes, "export.xlsx");
	}

	@Property(tries = 100)
	void theValidFileStaysValidWhateverItsDelimiterAndLineEnds(@ForAll boolean semicolon, @ForAll boolean crlf)
			throws IOException {
		String text = VALID_CSV.replace(",", semicolon ? ";" : ",").replace("\n", crlf ? "\r\n" : "\n");
		ReadReport report = checkReading(text.getBytes(StandardCharsets.UTF_8), "export.csv");
		assertThat(report.accepted()).isTrue();
		assertThat(report.rows()).isEqualTo(6);
	}

	@Provide
	Arbitrary<TextMutation> mutations() {
		return Combinators
			.combine(Arbitraries.of(TextMutation.Kind.class), Arbitraries.integers().greaterOrEqual(0),
					Arbitraries.integers().greaterOrEqual(0), Arbitraries.of(TextMutation.SNIPPETS))
			.as(TextMutation::new);
	}

	private static ReadReport checkReading(byte[] bytes, String fileName) throws IOException {
		Path file = Files.createTempFile("fuzz", ".upload");
		try {
			Files.write(file, bytes);
			List<TallyRow> rows = new ArrayList<>();
			ReadReport report = READER.read(file, fileName, rows::add);
			assertThat(report.errors()).hasSize(Math.min(report.errorCount(), 300));
			assertThat(report.warnings()).hasSize(Math.min(report.warningCount(), 300));
			assertThat(report.errors()).allSatisfy((problem) -> assertThat(problem.line()).isNotNegative());
			if (report.accepted()) {
				assertThat(rows).hasSize(report.rows());
			}
			Set<Ballot> ballots = EnumSet.noneOf(Ballot.class);
			int previousLine = 0;
			for (TallyRow row : rows) {
				if (fileName.endsWith(".csv")) {
					assertThat(row.line()).isGreaterThan(previousLine);
					previousLine = row.line();
				}
				assertConsistent(row);
				ballots.add(row.ballot());
			}
			assertThat(report.ballots()).isEqualTo(ballots);
			return report;
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	static void assertConsistent(TallyRow row) {
		assertThat(row.line()).isPositive();
		assertThat(row.mesaCode()).isPositive();
		assertThat(row.acta().votes()).hasSize(REFERENCE.parties().size());
		long sum = 0;
		for (PartyInfo party : REFERENCE.parties()) {
			long votes = row.acta().votesAt(party.position());
			assertThat(votes).isNotNegative();
			if (party.standsOn(row.ballot())) {
				sum += votes;
			}
			else {
				assertThat(votes).isZero();
			}
		}
		assertThat(sum).isEqualTo(row.acta().valid());
		assertThat(row.acta().valid() + row.acta().blank() + row.acta().nullVotes()).isEqualTo(row.acta().emitted());
		assertThat(row.acta().blank()).isNotNegative();
		assertThat(row.acta().nullVotes()).isNotNegative();
		assertThat(row.acta().emitted()).isLessThanOrEqualTo(row.acta().registered());
		assertThat(row.validSystem()).isNotNegative();
		assertThat(row.emittedSystem()).isNotNegative();
		for (String text : List.of(row.country(), row.region(), row.province(), row.municipality(), row.locality(),
				row.station())) {
			assertThat(text).hasSizeLessThanOrEqualTo(200).doesNotContain("\0");
		}
		if (row.countryId() != ElectionCatalog.BOLIVIA) {
			assertThat(row.ballot()).isEqualTo(Ballot.PRESIDENT);
		}
		switch (row.ballot()) {
			case PRESIDENT -> assertThat(row.constituency()).isZero();
			case UNINOMINAL -> {
				DepartmentPlan department = REFERENCE.department(row.regionId()).orElse(null);
				assertThat(row.constituency()).isBetween(department.uninominalFirst(), department.uninominalLast());
			}
			case SPECIAL -> {
				DepartmentPlan department = REFERENCE.department(row.regionId()).orElse(null);
				assertThat(department.specialConstituency()).isEqualTo(row.constituency());
			}
		}
	}

	private static String validCsv() {
		TallyCsv csv = TallyCsv.withHeader(Acta.UNINOMINAL_HEADER);
		csv.row(Acta.abroad(1001).set("RECINTO", "Embajada, sala 2"), Acta.UNINOMINAL_HEADER);
		csv.row(Acta.president(80001).votes("ADN", 1), Acta.UNINOMINAL_HEADER);
		csv.row(Acta.uninominal(80001, 8, 59).set("PROVINCIA", "Cercado          "), Acta.UNINOMINAL_HEADER);
		csv.row(Acta.special(80001), Acta.SPECIAL_HEADER);
		csv.fields(Acta.SPECIAL_HEADER);
		csv.row(Acta.special(20001, 2, 1).votes("APG", 3), Acta.SPECIAL_HEADER);
		csv.row(Acta.uninominal(20001, 2, 6).set("RECINTO", "Colegio \"Bolívar\""), Acta.UNINOMINAL_HEADER);
		return csv.text();
	}

	private static byte[] validXlsx() {
		try {
			Path file = Files.createTempFile("fuzz", ".xlsx");
			try {
				new TallyWorkbook()
					.sheet("Presidente", Acta.UNINOMINAL_HEADER, Acta.abroad(1001), Acta.president(80001))
					.sheet("Diputado Uninominal", Acta.UNINOMINAL_HEADER, Acta.uninominal(80001, 8, 59))
					.sheet("Diputado Especial", Acta.SPECIAL_HEADER, Acta.special(80001))
					.write(file);
				return Files.readAllBytes(file);
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
