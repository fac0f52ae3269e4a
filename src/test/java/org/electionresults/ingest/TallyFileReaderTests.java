package org.electionresults.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.electionresults.election.Ballot;
import org.electionresults.ingest.Upload.Read;
import org.electionresults.results.ActaNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Reading CSV files as real exports and their re-saved copies are written.
 */
class TallyFileReaderTests {

	private static final String HEADER = String.join(",", Acta.UNINOMINAL_HEADER);

	/** Rows of the real 19 October 2020 export, verbatim. */
	private static final String REAL_ROWS = """
			1001,PRESIDENTE,4,Alemania,61,Berlín,0,1,Berlín,1,Berlín,3804,Berlín,25129,Embajada,1,220,2,0,34,0,1,0,104,0,141,0,0,141,141,141
			2386,PRESIDENTE,108,Gran Bretaña,64,Inglaterra,0,1,Inglaterra,1,Londres,3807,Londres,25132,"ETC. Venues, Elephant & Castle, Avonmouth House",1,220,67,0,21,3,0,0,60,0,151,1,3,155,151,155
			10001,PRESIDENTE,32,Bolivia,1,Chuquisaca,0,1,Oropeza                                 ,1,Sucre,1204,Arabate                                 ,52,Escuela Arabate,1,118,0,0,89,0,1,0,2,0,92,3,6,101,92,101
			50025,PRESIDENTE,32,Bolivia,5,Potosí,0,1,Tomás Frías,1,Potosí,1494,Potosí,31104,"U. E. Ismael Montes ""B"" (Temporal)",1,220,15,0,52,7,3,0,104,0,181,4,11,196,181,196
			10001,DIPUTADO CIRCUNSCRIPCIÓN UNINOMINAL,32,Bolivia,1,Chuquisaca,3,1,Oropeza                                 ,1,Sucre,1204,Arabate                                 ,52,Escuela Arabate,1,118,0,0,78,0,1,0,2,0,81,14,6,101,81,101
			50025,DIPUTADO CIRCUNSCRIPCIÓN UNINOMINAL,32,Bolivia,5,Potosí,33,1,Tomás Frías,1,Potosí,1494,Potosí,31104,"U. E. Ismael Montes ""B"" (Temporal)",1,220,34,0,45,2,4,0,82,0,167,21,8,196,167,196
			""";

	@TempDir
	Path directory;

	@Test
	void readsRowsOfTheRealExport() {
		Read read = Upload.csv(this.directory, HEADER + "\n" + REAL_ROWS);
		assertThat(read.report().accepted()).isTrue();
		assertThat(read.report().errorCount()).isZero();
		assertThat(read.report().warnings()).isEmpty();
		assertThat(read.report().rows()).isEqualTo(6);
		assertThat(read.report().format()).isEqualTo(new FileFormat("CSV", "UTF-8", ','));
		assertThat(read.report().ballots()).containsExactly(Ballot.PRESIDENT, Ballot.UNINOMINAL);
		assertThat(read.rows()).extracting(TallyRow::line).containsExactly(2, 3, 4, 5, 6, 7);
		TallyRow berlin = read.rows().get(0);
		assertThat(berlin).isEqualTo(new TallyRow(2, 1001, Ballot.PRESIDENT, 4, "Alemania", 61, "Berlín", 0, 1,
				"Berlín", 1, "Berlín", 3804, "Berlín", 25129, "Embajada", 1,
				new ActaNumbers(220, List.of(2L, 0L, 34L, 0L, 1L, 0L, 104L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), 141, 0, 0,
						141),
				141, 141));
		assertThat(read.rows().get(1).station()).isEqualTo("ETC. Venues, Elephant & Castle, Avonmouth House");
		assertThat(read.rows().get(2).province()).isEqualTo("Oropeza");
		assertThat(read.rows().get(2).locality()).isEqualTo("Arabate");
		assertThat(read.rows().get(3).station()).isEqualTo("U. E. Ismael Montes \"B\" (Temporal)");
		assertThat(read.rows().get(3).province()).isEqualTo("Tomás Frías");
		TallyRow uninominal = read.rows().get(5);
		assertThat(uninominal.ballot()).isEqualTo(Ballot.UNINOMINAL);
		assertThat(uninominal.constituency()).isEqualTo(33);
		assertThat(uninominal.region()).isEqualTo("Potosí");
	}

	@Test
	void readsIso88591() {
		Read read = Upload.csv(this.directory, HEADER + "\n" + REAL_ROWS, StandardCharsets.ISO_8859_1);
		assertThat(read.report().accepted()).isTrue();
		assertThat(read.report().format().charset()).isEqualTo("ISO-8859-1");
		assertThat(read.rows()).extracting(TallyRow::region).contains("Berlín", "Potosí");
		assertThat(read.rows()).extracting(TallyRow::ballot).contains(Ballot.UNINOMINAL);
	}

	@Test
	void readsWindows1252WithCurlyQuotes() {
		String content = TallyCsv.of(Acta.president(10001).set("RECINTO", "Escuela “Pedro Goyena”")
			.set("DEPARTAMENTO", "Potosí"));
		Read read = Upload.csv(this.directory, content, Charset.forName("windows-1252"));
		assertThat(read.report().format().charset()).isEqualTo("windows-1252");
		assertThat(read.rows()).singleElement()
			.satisfies((row) -> assertThat(row.station()).isEqualTo("Escuela “Pedro Goyena”"))
			.satisfies((row) -> assertThat(row.region()).isEqualTo("Potosí"));
	}

	@Test
	void readsUtf8WithByteOrderMark() {
		Read read = Upload.csv(this.directory, "\uFEFF" + HEADER + "\n" + REAL_ROWS);
		assertThat(read.report().accepted()).isTrue();
		assertThat(read.report().format().charset()).isEqualTo("UTF-8");
		assertThat(read.rows()).hasSize(6);
		assertThat(read.rows().get(0).mesaCode()).isEqualTo(1001);
	}

	@Test
	void findsLatin1AccentsFarIntoAFileThatStartsInAscii() {
		TallyCsv csv = TallyCsv.withHeader(Acta.UNINOMINAL_HEADER);
		for (int mesa = 1; mesa <= 2000; mesa++) {
			csv.row(Acta.abroad(mesa).set("DEPARTAMENTO", "Berlin"), Acta.UNINOMINAL_HEADER);
		}
		csv.row(Acta.president(10001).set("DEPARTAMENTO", "Potosí"), Acta.UNINOMINAL_HEADER);
		Read read = Upload.csv(this.directory, csv.text(), StandardCharsets.ISO_8859_1);
		assertThat(read.report().accepted()).isTrue();
		assertThat(read.rows().get(2000).region()).isEqualTo("Potosí");
	}

	@Test
	void readsSemicolonsAndCrLf() {
		TallyCsv csv = TallyCsv.withHeader(Acta.UNINOMINAL_HEADER, ";");
		csv.row(Acta.president(10001).set("RECINTO", "Colegio Junín; turno tarde"), Acta.UNINOMINAL_HEADER);
		csv.row(Acta.uninominal(10001), Acta.UNINOMINAL_HEADER);
		Read read = Upload.csv(this.directory, csv.text("\r\n"));
		assertThat(read.report().accepted()).isTrue();
		assertThat(read.report().format().delimiter()).isEqualTo(';');
		assertThat(read.rows()).extracting(TallyRow::station)
			.containsExactly("Colegio Junín; turno tarde", "Escuela 10001");
		assertThat(read.rows()).extracting(TallyRow::line).containsExactly(2, 3);
	}

	@Test
	void readsCommaDelimitedFileWhoseNamesHaveSemicolons() {
		String content = TallyCsv.of(Acta.president(10001).set("RECINTO", "A; B; C; D; E; F; G; H; I; J; K; L; M; "
				+ "N; O; P; Q; R; S; T; U; V; W; X; Y; Z; AA; AB; AC; AD; AE; AF; AG"));
		Read read = Upload.csv(this.directory, content);
		assertThat(read.report().accepted()).isTrue();
		assertThat(read.report().format().delimiter()).isEqualTo(',');
	}

	@Test
	void readsWholeNumbersWrittenAsFloatsOrPadded() {
		Acta acta = Acta.president(10001)
			.set("CODIGO_MESA", "10001.0")
			.set("INSCRITOS_HABILITADOS", " 220 ")
			.set("MAS_IPSP", "78.00")
			.set("VOTO_VALIDO", "98.")
			.set("ID_RECINTO", "\t52.0 ");
		Read read = Upload.csv(this.directory, TallyCsv.of(acta));
		assertThat(read.report().errors()).isEmpty();
		TallyRow row = read.rows().get(0);
		assertThat(row.mesaCode()).isEqualTo(10001);
		assertThat(row.acta().registered()).isEqualTo(220);
		assertThat(row.acta().votes().get(2)).isEqualTo(78);
		assertThat(row.acta().valid()).isEqualTo(98);
		assertThat(row.stationId()).isEqualTo(52);
	}

	@Test
	void matchesHeaderNamesIgnoringCaseAccentsSpacesAndUnderscores() {
		List<String> header = new ArrayList<>(Acta.UNINOMINAL_HEADER);
		header.set(0, "Código Mesa");
		header.set(1, "candidatura");
		header.set(6, "CIRCUNSCRIPCIÓN_UNINOMINAL");
		header.set(16, "Inscritos Habilitados");
		header.set(19, "mas-ipsp");
		header.set(21, "Pan Bol");
		header.set(25, "voto_válido");
		List<String> rowLayout = Acta.UNINOMINAL_HEADER;
		String content = TallyCsv.withHeader(header).row(Acta.uninominal(10001), rowLayout).text();
		Read read = Upload.csv(this.directory, content);
		assertThat(read.report().errors()).isEmpty();
		assertThat(read.report().warnings()).isEmpty();
		assertThat(read.rows()).singleElement().satisfies((row) -> {
			assertThat(row.mesaCode()).isEqualTo(10001);
			assertThat(row.constituency()).isEqualTo(3);
			assertThat(row.acta().votes().get(2)).isEqualTo(78);
		});
	}

	@Test
	void readsColumnsInAnyOrder() {
		List<String> shuffled = new ArrayList<>(Acta.UNINOMINAL_HEADER);
		Collections.reverse(shuffled);
		Acta acta = Acta.uninominal(10001).votes("CREEMOS", 7);
		Read read = Upload.csv(this.directory, TallyCsv.withHeader(shuffled).row(acta, shuffled).text());
		assertThat(read.report().errors()).isEmpty();
		assertThat(read.rows()).singleElement().satisfies((row) -> {
			assertThat(row.mesaCode()).isEqualTo(10001);
			assertThat(row.acta().votes())
				.isEqualTo(java.util.Arrays.stream(acta.expectedVotes()).asLongStream().boxed().toList());
			assertThat(row.acta().valid()).isEqualTo(acta.valid());
			assertThat(row.acta().emitted()).isEqualTo(acta.emitted());
		});
	}

	@Test
	void warnsOnceAboutUnknownColumnsAndIgnoresThem() {
		List<String> header = new ArrayList<>(Acta.UNINOMINAL_HEADER);
		header.add(3, "OBSERVACIONES");
		header.add("FECHA_COMPUTO");
		TallyCsv csv = TallyCsv.withHeader(header);
		for (int mesa = 10001; mesa <= 10003; mesa++) {
			csv.row(Acta.president(mesa).set("OBSERVACIONES", "ninguna").set("FECHA_COMPUTO", "2020-10-19"), header);
		}
		Read read = Upload.csv(this.directory, csv.text());
		assertThat(read.report().accepted()).isTrue();
		assertThat(read.rows()).hasSize(3);
		assertThat(read.warning()).isEqualTo(new Problem(1, null, null, "ingest.warning.unknown-columns",
				List.of("OBSERVACIONES, FECHA_COMPUTO")));
	}

	@Test
	void defaultsSystemTotalsToTheActaWhenTheColumnsAreAbsent() {
		List<String> header = Acta.UNINOMINAL_HEADER.subList(0, Acta.UNINOMINAL_HEADER.size() - 2);
		Read read = Upload.csv(this.directory, TallyCsv.withHeader(header).row(Acta.president(10001), header).text());
		assertThat(read.report().accepted()).isTrue();
		assertThat(read.report().warnings()).isEmpty();
		TallyRow row = read.rows().get(0);
		assertThat(row.validSystem()).isEqualTo(row.acta().valid());
		assertThat(row.emittedSystem()).isEqualTo(row.acta().emitted());
	}

	@Test
	void readsMixedBallotsUnderAUnionHeader() {
		TallyCsv csv = TallyCsv.withHeader(Acta.UNION_HEADER);
		csv.row(Acta.president(80001), Acta.UNION_HEADER);
		csv.row(Acta.uninominal(80001, 8, 59), Acta.UNION_HEADER);
		csv.row(Acta.special(80001), Acta.UNION_HEADER);
		Read read = Upload.csv(this.directory, csv.text());
		assertThat(read.report().errors()).isEmpty();
		assertThat(read.rows()).extracting(TallyRow::ballot)
			.containsExactly(Ballot.PRESIDENT, Ballot.UNINOMINAL, Ballot.SPECIAL);
		assertThat(read.rows()).extracting(TallyRow::constituency).containsExactly(0, 59, 6);
		TallyRow special = read.rows().get(2);
		assertThat(special.acta().votes().get(9)).isEqualTo(40);
		assertThat(special.acta().votes().get(10)).isEqualTo(5);
		assertThat(special.acta().valid()).isEqualTo(78 + 20 + 40 + 5);
		assertThat(read.report().ballots()).containsExactlyInAnyOrder(Ballot.values());
	}

	@Test
	void readsMixedBallotsSeparatedByRepeatedHeaders() {
		TallyCsv csv = TallyCsv.withHeader(Acta.UNINOMINAL_HEADER);
		csv.row(Acta.president(80001), Acta.UNINOMINAL_HEADER);
		csv.fields(Acta.SPECIAL_HEADER);
		csv.row(Acta.special(80001), Acta.SPECIAL_HEADER);
		csv.row(Acta.special(80002), Acta.SPECIAL_HEADER);
		csv.fields(Acta.UNINOMINAL_HEADER);
		csv.row(Acta.uninominal(80001, 8, 59), Acta.UNINOMINAL_HEADER);
		Read read = Upload.csv(this.directory, csv.text());
		assertThat(read.report().errors()).isEmpty();
		assertThat(read.report().rows()).isEqualTo(4);
		assertThat(read.rows()).extracting(TallyRow::line).containsExactly(2, 4, 5, 7);
		assertThat(read.rows()).extracting(TallyRow::constituency).containsExactly(0, 6, 6, 59);
	}

	@Test
	void readsSpecialRowsPositionallyUnderThe31ColumnHeader() {
		TallyCsv csv = TallyCsv.withHeader(Acta.UNINOMINAL_HEADER);
		csv.row(Acta.president(80001), Acta.UNINOMINAL_HEADER);
		csv.row(Acta.special(80001).votes("YAMINAWA", 1), Acta.SPECIAL_HEADER);
		csv.row(Acta.uninominal(80001, 8, 59), Acta.UNINOMINAL_HEADER);
		Read read = Upload.csv(this.directory, csv.text());
		assertThat(read.report().errors()).isEmpty();
		TallyRow special = read.rows().get(1);
		assertThat(special.ballot()).isEqualTo(Ballot.SPECIAL);
		assertThat(special.constituency()).isEqualTo(6);
		assertThat(special.acta().votes()).containsExactly(0L, 0L, 78L, 0L, 0L, 0L, 20L, 0L, 0L, 40L, 5L, 0L, 0L, 0L, 0L, 1L);
		assertThat(special.acta().valid()).isEqualTo(144);
	}

	@Test
	void readsAFileOfTheSpecialLayoutOnly() {
		TallyCsv csv = TallyCsv.withHeader(Acta.SPECIAL_HEADER);
		csv.row(Acta.special(80001), Acta.SPECIAL_HEADER);
		csv.row(Acta.special(20001, 2, 1), Acta.SPECIAL_HEADER);
		Read read = Upload.csv(this.directory, csv.text());
		assertThat(read.report().errors()).isEmpty();
		assertThat(read.rows()).extracting(TallyRow::constituency).containsExactly(6, 1);
		assertThat(read.report().ballots()).containsExactly(Ballot.SPECIAL);
	}

	@Test
	void readsOtherBallotsPositionallyUnderTheSpecialHeader() {
		TallyCsv csv = TallyCsv.withHeader(Acta.SPECIAL_HEADER);
		csv.row(Acta.special(80001), Acta.SPECIAL_HEADER);
		csv.row(Acta.uninominal(80001, 8, 59), Acta.UNINOMINAL_HEADER);
		Read read = Upload.csv(this.directory, csv.text());
		assertThat(read.report().errors()).isEmpty();
		assertThat(read.rows()).extracting(TallyRow::constituency).containsExactly(6, 59);
	}

	@Test
	void skipsBlankLinesAndIgnoresTrailingDelimiters() {
		String content = HEADER + ",,\n\n" + String.join(",", Acta.president(10001).fields(Acta.UNINOMINAL_HEADER))
				+ ",,,\n,,,,\n   \n" + String.join(",", Acta.president(10002).fields(Acta.UNINOMINAL_HEADER)) + "\n\n";
		Read read = Upload.csv(this.directory, content);
		assertThat(read.report().errors()).isEmpty();
		assertThat(read.report().rows()).isEqualTo(2);
		assertThat(read.rows()).extracting(TallyRow::line).containsExactly(3, 6);
	}

	@Test
	void keepsLineNumbersRightAfterAQuotedLineBreak() {
		TallyCsv csv = TallyCsv.withHeader(Acta.UNINOMINAL_HEADER);
		csv.row(Acta.president(10001).set("RECINTO", "Unidad Educativa\nSimón Bolívar"), Acta.UNINOMINAL_HEADER);
		csv.row(Acta.president(10002).set("VOTO_VALIDO", "1"), Acta.UNINOMINAL_HEADER);
		Read read = Upload.csv(this.directory, csv.text());
		assertThat(read.rows()).singleElement()
			.satisfies((row) -> assertThat(row.station()).isEqualTo("Unidad Educativa\nSimón Bolívar"));
		assertThat(read.report().errors()).extracting(Problem::line).containsOnly(4);
	}

	@Test
	void keepsTextVerbatimWhateverItContains() {
		Acta acta = Acta.president(10001)
			.set("RECINTO", "=cmd|' /C calc'!A0")
			.set("LOCALIDAD", "<script>alert('x')</script>")
			.set("MUNICIPIO", "@SUM(1+1)*cmd|' /C calc'!A0");
		Read read = Upload.csv(this.directory, TallyCsv.of(acta));
		assertThat(read.report().accepted()).isTrue();
		TallyRow row = read.rows().get(0);
		assertThat(row.station()).isEqualTo("=cmd|' /C calc'!A0");
		assertThat(row.locality()).isEqualTo("<script>alert('x')</script>");
		assertThat(row.municipality()).isEqualTo("@SUM(1+1)*cmd|' /C calc'!A0");
	}

	@Test
	void passesValidRowsOnInFileOrderAndHoldsBackRowsWithErrors() {
		Read read = Upload.csv(this.directory,
				TallyCsv.of(Acta.president(10001), Acta.president(10002).set("VOTO_NULO", "x"),
						Acta.uninominal(10001), Acta.president(10003)));
		assertThat(read.report().accepted()).isFalse();
		assertThat(read.report().rows()).isEqualTo(4);
		assertThat(read.rows()).extracting(TallyRow::line).containsExactly(2, 4, 5);
	}

	@Test
	void listsAtMostMaxReportedProblemsButCountsThemAll() throws IOException {
		TallyCsv csv = TallyCsv.withHeader(Acta.UNINOMINAL_HEADER);
		for (int mesa = 1; mesa <= 20; mesa++) {
			csv.row(Acta.president(mesa).set("VOTO_NULO", "x"), Acta.UNINOMINAL_HEADER);
		}
		TallyFileReader reader = new TallyFileReader(ReferenceFixtures.eg2020(), 5);
		Read read = Upload.file(reader, write(csv.text()), "export.csv");
		assertThat(read.report().errors()).hasSize(5);
		assertThat(read.report().errorCount()).isEqualTo(20);
		assertThat(read.report().errors()).extracting(Problem::line).containsExactly(2, 3, 4, 5, 6);
	}

	@Test
	void letsTheSinksExceptionThrough() throws IOException {
		Path file = write(TallyCsv.of(Acta.president(10001)));
		TallyFileReader reader = new TallyFileReader(ReferenceFixtures.eg2020(), 300);
		assertThatIllegalStateException().isThrownBy(() -> reader.read(file, "export.csv", (row) -> {
			throw new IllegalStateException("database down");
		})).withMessage("database down");
	}

	@Test
	void reportsTheBallotsOfTheRowsRead() {
		Read read = Upload.csv(this.directory, TallyCsv.of(Acta.uninominal(10001)));
		assertThat(read.report().ballots()).isEqualTo(Set.of(Ballot.UNINOMINAL));
	}

	private Path write(String content) throws IOException {
		Path file = Files.createTempFile(this.directory, "export", ".csv");
		Files.writeString(file, content);
		return file;
	}

}
