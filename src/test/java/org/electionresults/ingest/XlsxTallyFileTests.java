package org.electionresults.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.electionresults.election.Ballot;
import org.electionresults.ingest.Upload.Read;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the spreadsheet version of the export.
 */
class XlsxTallyFileTests {

	@TempDir
	Path directory;

	@Test
	void readsTheSheetOfEachBallot() {
		Path file = new TallyWorkbook()
			.sheet("Presidente", Acta.UNINOMINAL_HEADER, Acta.abroad(1001), Acta.president(80001))
			.sheet("Diputado Uninominal", Acta.UNINOMINAL_HEADER, Acta.uninominal(80001, 8, 59))
			.sheet("Diputado Especial", Acta.SPECIAL_HEADER, Acta.special(80001))
			.write(this.directory.resolve("export.xlsx"));
		Read read = Upload.file(file, "export.xlsx");
		assertThat(read.report().errors()).isEmpty();
		assertThat(read.report().warnings()).isEmpty();
		assertThat(read.report().format()).isEqualTo(new FileFormat("XLSX", null, null));
		assertThat(read.report().rows()).isEqualTo(4);
		assertThat(read.rows()).extracting(TallyRow::ballot)
			.containsExactly(Ballot.PRESIDENT, Ballot.PRESIDENT, Ballot.UNINOMINAL, Ballot.SPECIAL);
		assertThat(read.rows()).extracting(TallyRow::line).containsExactly(2, 3, 2, 2);
		assertThat(read.rows().get(0)).satisfies((row) -> {
			assertThat(row.mesaCode()).isEqualTo(1001);
			assertThat(row.region()).isEqualTo("Berlín");
			assertThat(row.acta().registered()).isEqualTo(220);
		});
		TallyRow special = read.rows().get(3);
		assertThat(special.constituency()).isEqualTo(6);
		assertThat(special.acta().votes()).containsExactly(0L, 0L, 78L, 0L, 0L, 0L, 20L, 0L, 0L, 40L, 5L, 0L, 0L, 0L, 0L, 0L);
	}

	@Test
	void reportsProblemsWithTheSheetAndItsRowNumber() {
		Path file = new TallyWorkbook().sheet("Presidente", Acta.UNINOMINAL_HEADER, Acta.president(80001))
			.sheet("Diputado Uninominal", Acta.UNINOMINAL_HEADER, Acta.uninominal(80001, 8, 59),
					Acta.uninominal(80002, 8, 59).set("VOTO_VALIDO", "97").set("VOTO_EMITIDO", "102"))
			.write(this.directory.resolve("export.xlsx"));
		Read read = Upload.file(file, "export.xlsx");
		assertThat(read.error()).isEqualTo(new Problem(3, "Diputado Uninominal", "VOTO_VALIDO",
				"ingest.error.sum-mismatch", List.of(98L, 97L)));
	}

	@Test
	void detectsAWorkbookByItsContent() {
		Path file = new TallyWorkbook().sheet("Presidente", Acta.UNINOMINAL_HEADER, Acta.president(80001))
			.write(this.directory.resolve("export.csv"));
		Read read = Upload.file(file, "export.csv");
		assertThat(read.report().format().kind()).isEqualTo("XLSX");
		assertThat(read.rows()).hasSize(1);
	}

	@Test
	void takesTheBallotFromTheSheetNameWhenThereIsNoCandidaturaColumn() {
		List<String> header = new ArrayList<>(Acta.UNINOMINAL_HEADER);
		header.remove("CANDIDATURA");
		Path file = new TallyWorkbook().sheet("Diputado Uninominal", header, Acta.uninominal(80001, 8, 59))
			.sheet("PRESIDENTE", header, Acta.president(80001))
			.write(this.directory.resolve("export.xlsx"));
		Read read = Upload.file(file, "export.xlsx");
		assertThat(read.report().errors()).isEmpty();
		assertThat(read.rows()).extracting(TallyRow::ballot).containsExactly(Ballot.UNINOMINAL, Ballot.PRESIDENT);
	}

	@Test
	void aBallotMustMatchItsSheet() {
		Path file = new TallyWorkbook().sheet("Presidente", Acta.UNINOMINAL_HEADER, Acta.uninominal(80001, 8, 59))
			.write(this.directory.resolve("export.xlsx"));
		Read read = Upload.file(file, "export.xlsx");
		assertThat(read.error()).isEqualTo(new Problem(2, "Presidente", "CANDIDATURA",
				"ingest.error.ballot-differs-from-sheet",
				List.of("DIPUTADO CIRCUNSCRIPCIÓN UNINOMINAL", "Presidente")));
	}

	@Test
	void readsTextCellsAsNumbersAndEmptyTrailingCells() {
		List<Object> header = new ArrayList<>(Acta.UNINOMINAL_HEADER);
		List<Object> row = new ArrayList<>(Acta.president(80001).fields(Acta.UNINOMINAL_HEADER));
		// Text cells holding numbers, and no system totals at all.
		row.set(0, " 80001 ");
		row.set(row.size() - 1, null);
		row.set(row.size() - 2, null);
		Path file = new TallyWorkbook().sheet("Presidente", List.of(header, row))
			.write(this.directory.resolve("export.xlsx"));
		Read read = Upload.file(file, "export.xlsx");
		assertThat(read.report().errors()).isEmpty();
		assertThat(read.rows()).singleElement().satisfies((tallyRow) -> {
			assertThat(tallyRow.mesaCode()).isEqualTo(80001);
			assertThat(tallyRow.validSystem()).isEqualTo(tallyRow.acta().valid());
		});
	}

	@Test
	void reportsMissingAndNonWholeCells() {
		List<Object> header = new ArrayList<>(Acta.UNINOMINAL_HEADER);
		List<Object> row = new ArrayList<>(Arrays.asList(Acta.president(80001).fields(Acta.UNINOMINAL_HEADER)
			.stream()
			.map((cell) -> cell.chars().allMatch(Character::isDigit) ? (Object) Double.parseDouble(cell) : cell)
			.toArray()));
		row.set(Acta.UNINOMINAL_HEADER.indexOf("NUMERO_MESA"), null);
		row.set(Acta.UNINOMINAL_HEADER.indexOf("ID_RECINTO"), 52.5);
		row.set(Acta.UNINOMINAL_HEADER.indexOf("ID_LOCALIDAD"), 1e20);
		Path file = new TallyWorkbook().sheet("Presidente", List.of(header, row))
			.write(this.directory.resolve("export.xlsx"));
		Read read = Upload.file(file, "export.xlsx");
		assertThat(read.report().errors()).containsExactly(
				new Problem(2, "Presidente", "ID_LOCALIDAD", "ingest.error.number-too-large",
						List.of("100000000000000000000")),
				new Problem(2, "Presidente", "ID_RECINTO", "ingest.error.not-a-whole-number", List.of("52.5")),
				new Problem(2, "Presidente", "NUMERO_MESA", "ingest.error.missing-value", List.of()));
	}

	@Test
	void ignoresANotesSheetNextToTheData() {
		Path file = new TallyWorkbook().sheet("Notas", List.of(List.of("Fuente: OEP, cómputo al 19/10/2020")))
			.sheet("Presidente", Acta.UNINOMINAL_HEADER, Acta.president(80001))
			.sheet("Vacía", List.of())
			.write(this.directory.resolve("export.xlsx"));
		Read read = Upload.file(file, "export.xlsx");
		assertThat(read.report().accepted()).isTrue();
		assertThat(read.rows()).hasSize(1);
		assertThat(read.warning())
			.isEqualTo(new Problem(0, "Notas", null, "ingest.warning.sheet-ignored", List.of("Notas")));
	}

	@Test
	void aWorkbookWithoutTallySheetsIsNotATallyFile() {
		Path file = new TallyWorkbook().sheet("Hoja1", List.of(List.of("nombre", "edad"), List.of("Ana", 30)))
			.write(this.directory.resolve("export.xlsx"));
		Read read = Upload.file(file, "export.xlsx");
		assertThat(read.error())
			.isEqualTo(new Problem(0, null, null, "ingest.error.not-a-tally-file", List.of("export.xlsx")));
		assertThat(read.report().warnings()).isEmpty();
	}

	@Test
	void aWorkbookWithHeadersOnly() {
		Path file = new TallyWorkbook().sheet("Presidente", Acta.UNINOMINAL_HEADER)
			.write(this.directory.resolve("export.xlsx"));
		Read read = Upload.file(file, "export.xlsx");
		assertThat(read.error()).isEqualTo(new Problem(0, null, null, "ingest.error.no-rows", List.of("export.xlsx")));
	}

	@Test
	void keepsFormulaLookingTextVerbatim() {
		Path file = new TallyWorkbook()
			.sheet("Presidente", Acta.UNINOMINAL_HEADER, Acta.president(80001).set("RECINTO", "=HYPERLINK(\"x\")"))
			.write(this.directory.resolve("export.xlsx"));
		Read read = Upload.file(file, "export.xlsx");
		assertThat(read.rows()).singleElement()
			.satisfies((row) -> assertThat(row.station()).isEqualTo("=HYPERLINK(\"x\")"));
	}

}
