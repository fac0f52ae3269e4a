package org.electionresults.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.electionresults.IntegrationTest;
import org.electionresults.TallyDatabase;
import org.electionresults.election.Ballot;
import org.electionresults.ingest.ExportLines.Row;
import org.electionresults.ingest.UploadApi.Answer;
import org.electionresults.ingest.UploadApi.ProblemAnswer;
import org.electionresults.ingest.UploadApi.Sent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A corpus of malformed files, each built from a valid generated export or from bytes, sent
 * through the upload API on top of a committed count: every one is rejected with an error at
 * the exact line and column, in words, and leaves the count exactly as it was.
 */
@IntegrationTest
class MalformedFileCorpusTests {

	private static final String PRESIDENT = Ballot.PRESIDENT.exportName();

	private static final String UNINOMINAL = Ballot.UNINOMINAL.exportName();

	private static final String SPECIAL = Ballot.SPECIAL.exportName();

	private static final String FORMULA = "=cmd|' /C calc'!A0";

	private static final String SCRIPT = "<script>alert(1)</script>";

	/** The committed count each malformed file lands on: about 150 mesas, every ballot. */
	private static final ExportLines BASELINE = ExportLines
		.of(election().onlyMesas((mesa) -> mesa.index() % 10 != 9).build());

	/** The mesas of the same election that the baseline leaves out. */
	private static final ExportLines NEW_MESAS = ExportLines
		.of(election().onlyMesas((mesa) -> mesa.index() % 10 == 9).build());

	/** A presidential row in Chuquisaca, room for more votes, an unquoted RECINTO. */
	private static final int PRESIDENT_ROW = BASELINE.lineOf(ballot(PRESIDENT).and(inDepartment(1))
		.and((row) -> row.count("VOTO_EMITIDO") + 10 <= row.count("INSCRITOS_HABILITADOS"))
		.and((row) -> !BASELINE.line(row.number()).contains("\"")));

	private static final int UNINOMINAL_ROW = BASELINE.lineOf(ballot(UNINOMINAL).and(inDepartment(1)));

	private static final int SPECIAL_ROW = BASELINE.lineOf(ballot(SPECIAL));

	private static final int ABROAD_ROW = BASELINE.lineOf((row) -> !row.is("ID_PAIS", "32"));

	private static final int QUOTED_ROW = BASELINE.lineOf((row) -> BASELINE.line(row.number()).contains("\""));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	/**
	 * The count as the baseline file leaves it. Committed once for the class and again only
	 * when a test has changed the count, so that every test starts from it in any order.
	 */
	private static @Nullable CountSnapshot baseline;

	private UploadApi api;

	private long lastUploadBefore;

	@BeforeEach
	void startFromTheBaseline() {
		this.api = new UploadApi(this.mvc, this.json);
		if (baseline == null || !CountSnapshot.of(this.jdbc).equals(baseline)) {
			TallyDatabase.reset(this.jdbc);
			Sent sent = this.api.send("baseline.csv", BASELINE.utf8(), false);
			assertThat(sent.status()).as(sent.body()).isEqualTo(201);
			baseline = CountSnapshot.of(this.jdbc);
			assertThat(baseline.mesas()).hasSizeBetween(140, 150);
			assertThat(baseline.tallies()).isEqualTo(BASELINE.rows().size());
			assertThat(baseline.dataVersion()).isEqualTo(1);
		}
		this.lastUploadBefore = this.jdbc.sql("SELECT coalesce(max(id), 0) FROM upload").query(Long.class).single();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void isRejectedWithAPreciseErrorAndChangesNothing(Malformed file) {
		Sent sent = this.api.send(file.fileName(), file.content(), false);

		assertThat(sent.status()).as(sent.body()).isEqualTo(422);
		Answer answer = sent.answer();
		assertThat(answer.status()).isEqualTo("REJECTED");
		assertThat(answer.errors()).extracting(ProblemAnswer::code, ProblemAnswer::line, ProblemAnswer::column)
			.contains(tuple(file.code(), file.line(), file.column()));
		assertThat(answer.errors()).allSatisfy(MalformedFileCorpusTests::assertInWords);
		assertThat(answer.errors()).hasSize(Math.min(answer.errorCount(), 300));
		if (file.errorCount() > 0) {
			assertThat(answer.errorCount()).isEqualTo(file.errorCount());
		}
		if (file.warning() != null) {
			assertThat(answer.warnings()).extracting(ProblemAnswer::code, ProblemAnswer::line)
				.contains(tuple(file.warning(), 1));
		}
		assertNothingWrittenBut(answer.id());
	}

	@ParameterizedTest
	@ValueSource(strings = { FORMULA, SCRIPT })
	void codeInANameIsJustTextAndIsStoredVerbatim(String text) {
		int row = NEW_MESAS.lineOf(ballot(UNINOMINAL));
		String mesa = NEW_MESAS.row(row).get("CODIGO_MESA");
		ExportLines file = NEW_MESAS.withCells((r) -> r.is("CODIGO_MESA", mesa), "RECINTO", text);

		Sent sent = this.api.send("export.csv", file.utf8(), false);

		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		assertThat(sent.answer().errorCount()).isZero();
		assertThat(this.jdbc.sql("SELECT station FROM mesa WHERE code = ?")
			.param(Integer.parseInt(mesa))
			.query(String.class)
			.single()).isEqualTo(text);
		TallyInvariants.assertHold(this.jdbc, "after " + text);
	}

	@Test
	void markupQuotedInAnErrorIsEscapedOnTheReportPage() {
		ExportLines file = BASELINE.withCell(UNINOMINAL_ROW, "CANDIDATURA", SCRIPT);

		Answer answer = this.api.send("export.csv", file.utf8(), false).answer();

		assertThat(answer.errors()).extracting(ProblemAnswer::code).containsExactly("ingest.error.unknown-ballot");
		assertThat(this.mvc.get().uri("/admin/uploads/" + answer.id()).with(user("admin").roles("ADMIN")))
			.hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain(SCRIPT);
	}

	@Test
	void aLineOfOnlyDelimitersIsABlankLineAndSkipped() {
		// What a spreadsheet writes for an empty row: nothing is lost, so the file is not refused.
		ExportLines file = BASELINE.insert(PRESIDENT_ROW, ",".repeat(30));

		Sent sent = this.api.send("export.csv", file.utf8(), false);

		assertThat(sent.status()).isEqualTo(201);
		assertThat(sent.answer().rows()).isEqualTo(BASELINE.rows().size());
		assertThat(sent.answer().unchanged()).isEqualTo(sent.answer().rows());
		assertThat(CountSnapshot.of(this.jdbc)).isEqualTo(baseline);
	}

	static Stream<Malformed> corpus() {
		return Stream.of(structure(), encodings(), numbers(), ballotsAndPlaces(), notTallyFiles(), spreadsheets())
			.flatMap(List::stream);
	}

	private static List<Malformed> structure() {
		String text = BASELINE.text();
		int last = BASELINE.size();
		int lastLineLength = BASELINE.line(last).length();
		int afterLastQuote = lastQuotedLine() + 1;
		return List.of(
				csv("truncated last row", text.substring(0, text.length() - 1 - lastLineLength / 2), wrongWidth(last)),
				csv("row missing a field", BASELINE.withFields(PRESIDENT_ROW, (fields) -> {
					fields.remove(3);
					return fields;
				}), wrongWidth(PRESIDENT_ROW)),
				csv("row with an extra field", BASELINE.withFields(PRESIDENT_ROW, (fields) -> {
					fields.add(17, "7");
					return fields;
				}), wrongWidth(PRESIDENT_ROW)),
				csv("line of semicolons in a comma-separated file", BASELINE.insert(PRESIDENT_ROW, ";".repeat(30)),
						wrongWidth(PRESIDENT_ROW)),
				csv("character after a closing quote",
						BASELINE.withLine(QUOTED_ROW, BASELINE.line(QUOTED_ROW).replaceFirst("\",", "\" Sucre,")),
						rowError("csv-syntax", QUOTED_ROW, null)),
				csv("quote never closed, to the end of the file", unclosedQuote(afterLastQuote),
						rowError("csv-syntax", afterLastQuote, null)),
				csv("quote never closed, up to the next quoted name", unclosedQuote(PRESIDENT_ROW),
						rowError("csv-syntax", PRESIDENT_ROW, null)),
				csv("same mesa and ballot twice", BASELINE.insert(PRESIDENT_ROW + 1, BASELINE.line(PRESIDENT_ROW)),
						rowError("duplicate-tally", PRESIDENT_ROW + 1, "CODIGO_MESA")),
				csv("header with VOTO_VALIDO and VOTO_BLANCO swapped", BASELINE.withFields(1, (header) -> {
					header.set(header.indexOf("VOTO_VALIDO"), "VOTO_BLANCO");
					header.set(header.lastIndexOf("VOTO_BLANCO"), "VOTO_VALIDO");
					return header;
				}), rowError("sum-mismatch", 2, "VOTO_VALIDO")),
				csv("header missing VOTO_NULO", BASELINE.removeColumn(1, "VOTO_NULO"),
						rowError("missing-column", 1, null)),
				csv("header with VOTO_NULO twice", BASELINE.withFields(1, (header) -> {
					header.set(header.indexOf("VOTO_BLANCO"), "VOTO_NULO");
					return header;
				}), rowError("duplicate-column", 1, null)),
				csv("garbled header line in the middle", BASELINE.insert(PRESIDENT_ROW, "CODIGO_MESA,TOTAL,FECHA"),
						rowError("unrecognised-header", PRESIDENT_ROW, null)),
				csv("unknown party column XYZ with votes", unknownPartyWithVotes(),
						rowError("sum-mismatch", PRESIDENT_ROW, "VOTO_VALIDO"))
					.warning("ingest.warning.unknown-columns"),
				csv("header only", BASELINE.firstLines(1), fileError("no-rows")));
	}

	private static List<Malformed> encodings() {
		String text = BASELINE.text();
		return List.of(
				bytes("UTF-16 with byte order mark", "export.csv", text.getBytes(StandardCharsets.UTF_16),
						fileError("unsupported-encoding")),
				bytes("UTF-16 without byte order mark", "export.csv", text.getBytes(StandardCharsets.UTF_16LE),
						fileError("unsupported-encoding")),
				bytes("UTF-8 with one row pasted in ISO-8859-1", "export.csv",
						encodedLineByLine(BASELINE, UNINOMINAL_ROW, StandardCharsets.ISO_8859_1),
						rowError("mixed-encoding", UNINOMINAL_ROW, null)),
				csv("NUL character in a name", BASELINE.withCell(UNINOMINAL_ROW, "RECINTO", "Escuela\0Central"),
						rowError("invalid-character", UNINOMINAL_ROW, "RECINTO")),
				csv("NUL character in a quoted cell", BASELINE.withCell(UNINOMINAL_ROW, "CANDIDATURA", "PRESI\0DENTE"),
						rowError("unknown-ballot", UNINOMINAL_ROW, "CANDIDATURA")),
				csv("name of 300 characters", BASELINE.withCell(PRESIDENT_ROW, "RECINTO", "x".repeat(300)),
						rowError("text-too-long", PRESIDENT_ROW, "RECINTO")),
				csv("formula in RECINTO and a sum error", BASELINE.withCell(PRESIDENT_ROW, "RECINTO", FORMULA)
					.plus(PRESIDENT_ROW, "MAS_IPSP", 1), rowError("sum-mismatch", PRESIDENT_ROW, "VOTO_VALIDO")),
				csv("script in RECINTO and a sum error", BASELINE.withCell(PRESIDENT_ROW, "RECINTO", SCRIPT)
					.plus(PRESIDENT_ROW, "MAS_IPSP", 1), rowError("sum-mismatch", PRESIDENT_ROW, "VOTO_VALIDO")));
	}

	private static List<Malformed> numbers() {
		int row = PRESIDENT_ROW;
		int emitted = BASELINE.row(row).count("VOTO_EMITIDO");
		ExportLines manyBadRows = manyRowsWithSumErrors(350);
		return List.of(
				csv("VOTO_VALIDO and VOTO_BLANCO swapped in a row",
						BASELINE.swapCells(row, "VOTO_VALIDO", "VOTO_BLANCO"),
						rowError("sum-mismatch", row, "VOTO_VALIDO")),
				csv("party votes do not add up to VOTO_VALIDO", BASELINE.plus(row, "MAS_IPSP", 1),
						rowError("sum-mismatch", row, "VOTO_VALIDO")),
				csv("valid + blank + null is not VOTO_EMITIDO", BASELINE.plus(row, "VOTO_EMITIDO", 1),
						rowError("emitted-mismatch", row, "VOTO_EMITIDO")),
				csv("more votes cast than registered voters",
						BASELINE.withCell(row, "INSCRITOS_HABILITADOS", String.valueOf(emitted - 1)),
						rowError("emitted-above-registered", row, "VOTO_EMITIDO")),
				csv("negative vote count", BASELINE.withCell(row, "CREEMOS", "-3"),
						rowError("negative-number", row, "CREEMOS")),
				csv("huge number", BASELINE.withCell(row, "VOTO_BLANCO", "99999999999"),
						rowError("number-too-large", row, "VOTO_BLANCO")),
				csv("decimal vote count", BASELINE.withCell(row, "VOTO_NULO", "12.5"),
						rowError("not-a-whole-number", row, "VOTO_NULO")),
				csv("text in a number column", BASELINE.withCell(row, "INSCRITOS_HABILITADOS", "doscientos"),
						rowError("not-a-number", row, "INSCRITOS_HABILITADOS")),
				csv("thousands separator", BASELINE.withCell(row, "VOTO_VALIDO", "1.000"),
						rowError("ambiguous-number", row, "VOTO_VALIDO")),
				csv("empty count", BASELINE.withCell(row, "VOTO_BLANCO", ""),
						rowError("missing-value", row, "VOTO_BLANCO")),
				csv("mesa code 0", BASELINE.withCell(row, "CODIGO_MESA", "0"),
						rowError("mesa-code-not-positive", row, "CODIGO_MESA")),
				csv("negative mesa code",
						BASELINE.withCell(row, "CODIGO_MESA", "-" + BASELINE.row(row).get("CODIGO_MESA")),
						rowError("mesa-code-not-positive", row, "CODIGO_MESA")),
				csv("empty mesa code", BASELINE.withCell(row, "CODIGO_MESA", ""),
						rowError("missing-value", row, "CODIGO_MESA")),
				csv("350 rows with a sum error", manyBadRows, rowError("sum-mismatch", 2, "VOTO_VALIDO"))
					.errorCount(350));
	}

	private static List<Malformed> ballotsAndPlaces() {
		String mesa = BASELINE.row(PRESIDENT_ROW).get("CODIGO_MESA");
		Predicate<Row> ofMesa = (row) -> row.is("CODIGO_MESA", mesa);
		int special = BASELINE.row(SPECIAL_ROW).count("CIRCUNSCRIPCION_ESPECIAL");
		int newUninominal = NEW_MESAS.lineOf(ballot(UNINOMINAL));
		int newRecinto = NEW_MESAS.row(newUninominal).count("ID_RECINTO");
		// A new mesa of a polling station that has stored mesas, placed in another municipality.
		String newInStoredStation = NEW_MESAS.row(NEW_MESAS.lineOf((row) -> BASELINE.rows()
			.stream()
			.anyMatch((stored) -> stored.is("ID_LOCALIDAD", row.get("ID_LOCALIDAD"))
					&& stored.is("ID_RECINTO", row.get("ID_RECINTO")))))
			.get("CODIGO_MESA");
		int newInStoredStationLine = NEW_MESAS.lineOf((row) -> row.is("CODIGO_MESA", newInStoredStation));
		int otherSection = NEW_MESAS.row(newInStoredStationLine).count("SECCION") + 1;
		return List.of(
				csv("unknown ballot SENADOR", BASELINE.withCell(UNINOMINAL_ROW, "CANDIDATURA", "SENADOR"),
						rowError("unknown-ballot", UNINOMINAL_ROW, "CANDIDATURA")),
				csv("department 12 in Bolivia", BASELINE.withCell(PRESIDENT_ROW, "ID_DEPARTAMENTO", "12"),
						rowError("department-unknown", PRESIDENT_ROW, "ID_DEPARTAMENTO")),
				csv("uninominal constituency 20 in Chuquisaca",
						BASELINE.withCell(UNINOMINAL_ROW, "CIRCUNSCRIPCION_UNINOMINAL", "20"),
						rowError("uninominal-outside-department", UNINOMINAL_ROW, "CIRCUNSCRIPCION_UNINOMINAL")),
				csv("special constituency in Chuquisaca, which has none",
						BASELINE.withCell(SPECIAL_ROW, "ID_DEPARTAMENTO", "1")
							.withCell(SPECIAL_ROW, "DEPARTAMENTO", "Chuquisaca"),
						rowError("special-not-in-department", SPECIAL_ROW, "CIRCUNSCRIPCION_ESPECIAL")),
				csv("special constituency of another department",
						BASELINE.withCell(SPECIAL_ROW, "CIRCUNSCRIPCION_ESPECIAL", String.valueOf(special % 7 + 1)),
						rowError("special-wrong-constituency", SPECIAL_ROW, "CIRCUNSCRIPCION_ESPECIAL")),
				csv("mesa abroad on the uninominal ballot", BASELINE.withCell(ABROAD_ROW, "CANDIDATURA", UNINOMINAL),
						rowError("abroad-not-president", ABROAD_ROW, "ID_PAIS")),
				csv("mesa in another recinto on its second ballot",
						NEW_MESAS.withCell(newUninominal, "ID_RECINTO", String.valueOf(newRecinto + 1000)),
						rowError("mesa-places-differ", newUninominal, "ID_RECINTO")),
				csv("new mesa of a stored polling station in another municipality",
						NEW_MESAS.withCells((row) -> row.is("CODIGO_MESA", newInStoredStation), "SECCION",
								String.valueOf(otherSection)),
						rowError("station-places-differ", newInStoredStationLine, "SECCION")),
				csv("stored mesa in another recinto", BASELINE.withCells(ofMesa, "ID_RECINTO", "9999")
					.withCells(ofMesa, "RECINTO", "Escuela Nueva"),
						rowError("mesa-moved", PRESIDENT_ROW, "ID_RECINTO")),
				csv("stored mesa in another province", BASELINE.withCells(ofMesa, "ID_PROVINCIA", "99"),
						rowError("mesa-moved", PRESIDENT_ROW, "ID_PROVINCIA")));
	}

	private static List<Malformed> notTallyFiles() {
		byte[] random = new byte[5000];
		new Random(5).nextBytes(random);
		random[10] = 0;
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0,
				1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89 };
		byte[] xls = Arrays.copyOf(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
				0x1A, (byte) 0xE1 }, 4096);
		return List.of(bytes("empty file", "export.csv", new byte[0], fileError("empty-file")),
				bytes("PNG image named .csv", "resultados.csv", png, fileError("not-a-tally-file")),
				bytes("ZIP of the export named .csv", "resultados.csv", zip("export.csv", BASELINE.utf8()),
						fileError("not-a-tally-file")),
				bytes("Excel 97-2003 workbook named .csv", "resultados.csv", xls,
						fileError("unsupported-spreadsheet")),
				text("HTML page", """
						<!DOCTYPE html>
						<html lang="es"><head><title>Cómputo Electoral</title></head>
						<body><p>Sesión expirada</p></body></html>
						"""),
				text("JSON file", """
						{"mesas": [{"CODIGO_MESA": 1001, "CANDIDATURA": "PRESIDENTE", "VOTO_VALIDO": 165}]}
						"""),
				text("bank statement", """
						Fecha;Concepto;Débito;Crédito;Saldo
						02/10/2020;Depósito;;1500,00;1500,00
						05/10/2020;Pago tarjeta;320,50;;1179,50
						"""),
				text("PDF document", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"),
				text("byte order mark and garbage", "\uFEFF~~ x;;y \"z\" ,,\n!!\n"),
				bytes("random bytes", "export.csv", random, fileError("not-a-tally-file")));
	}

	private static List<Malformed> spreadsheets() {
		byte[] workbook = presidentSheet(BASELINE);
		return List.of(
				bytes("workbook with a sum error", "export.xlsx",
						presidentSheet(BASELINE.plus(PRESIDENT_ROW, "MAS_IPSP", 1)),
						rowError("sum-mismatch", PRESIDENT_ROW, "VOTO_VALIDO")),
				bytes("truncated workbook", "export.xlsx", Arrays.copyOf(workbook, workbook.length / 2),
						fileError("unreadable-spreadsheet")));
	}

	private static SyntheticExport.Builder election() {
		return SyntheticExport.builder().mesas(160).seed(20).ballots(EnumSet.allOf(Ballot.class));
	}

	private static Predicate<Row> ballot(String exportName) {
		return (row) -> row.is("CANDIDATURA", exportName);
	}

	private static Predicate<Row> inDepartment(int department) {
		return (row) -> row.is("ID_PAIS", "32") && row.is("ID_DEPARTAMENTO", String.valueOf(department));
	}

	private static int lastQuotedLine() {
		int last = 0;
		for (int n = 1; n <= BASELINE.size(); n++) {
			last = BASELINE.line(n).contains("\"") ? n : last;
		}
		return last;
	}

	/** Opens a quote before the RECINTO of a row and never closes it. */
	private static ExportLines unclosedQuote(int line) {
		String recinto = BASELINE.row(line).get("RECINTO");
		assertThat(BASELINE.isHeader(line) || BASELINE.line(line).contains("\"")).isFalse();
		return BASELINE.withLine(line, BASELINE.line(line).replace("," + recinto + ",", ",\"" + recinto + ","));
	}

	/**
	 * An extra column XYZ after JUNTOS in the presidential block: 0 everywhere but on one row,
	 * whose VOTO_VALIDO counts its 5 votes.
	 */
	private static ExportLines unknownPartyWithVotes() {
		return BASELINE.insertColumn(1, "JUNTOS", "XYZ", (line) -> (line == PRESIDENT_ROW) ? "5" : "0")
			.plus(PRESIDENT_ROW, "VOTO_VALIDO", 5)
			.plus(PRESIDENT_ROW, "VOTO_EMITIDO", 5)
			.plus(PRESIDENT_ROW, "VOTO_VALIDO_SISTEMA", 5)
			.plus(PRESIDENT_ROW, "VOTO_EMITIDO_SISTEMA", 5);
	}

	private static ExportLines manyRowsWithSumErrors(int rows) {
		ExportLines lines = ExportLines.of(SyntheticExport.builder()
			.mesas(rows + 50)
			.seed(21)
			.ballots(Ballot.PRESIDENT)
			.firstMesas(rows)
			.build());
		for (int line = 2; line <= lines.size(); line++) {
			lines = lines.plus(line, "MAS_IPSP", 1);
		}
		assertThat(lines.size()).isEqualTo(rows + 1);
		return lines;
	}

	private static byte[] encodedLineByLine(ExportLines lines, int otherLine, Charset other) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int n = 1; n <= lines.size(); n++) {
			bytes.writeBytes((lines.line(n) + "\n").getBytes((n == otherLine) ? other : StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	private static byte[] zip(String entry, byte[] content) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** The presidential block as the spreadsheet export's sheet: its rows numbered as the lines. */
	private static byte[] presidentSheet(ExportLines lines) {
		return new TallyWorkbook().csvSheet("Presidente", lines.blockCells(1)).bytes();
	}

	/**
	 * Every problem is put into words (in Spanish, the default): where it is, with the line
	 * number as in the file, then a message with its arguments filled in.
	 */
	private static void assertInWords(ProblemAnswer problem) {
		assertThat(problem.message()).isNotBlank().doesNotContain("{").doesNotContain(problem.code());
		if (problem.line() > 0) {
			String column = (problem.column() != null) ? ", columna " + problem.column() : "";
			String where = "Línea " + problem.line() + column;
			assertThat(problem.message()).contains(where + ": ");
		}
	}

	/** The count is as the baseline left it; the only trace of the file is its REJECTED upload. */
	private void assertNothingWrittenBut(long rejectedUpload) {
		assertThat(CountSnapshot.of(this.jdbc)).isEqualTo(baseline);
		assertThat(this.jdbc.sql("SELECT id, status FROM upload WHERE id > ? ORDER BY id")
			.param(this.lastUploadBefore)
			.query((rs, row) -> rs.getLong(1) + " " + rs.getString(2))
			.list()).containsExactly(rejectedUpload + " REJECTED");
		assertThat(this.jdbc.sql("SELECT count(*) FROM upload_file WHERE upload_id = ?")
			.param(rejectedUpload)
			.query(Long.class)
			.single()).as("the rejected bytes, kept for the audit").isEqualTo(1);
	}

	private static Malformed csv(String name, ExportLines lines, Expected error) {
		return bytes(name, "export.csv", lines.utf8(), error);
	}

	private static Malformed csv(String name, String text, Expected error) {
		return bytes(name, "export.csv", text.getBytes(StandardCharsets.UTF_8), error);
	}

	/** Text that is not a tally export at all, sent as {@code resultados.csv}. */
	private static Malformed text(String name, String text) {
		return bytes(name, "resultados.csv", text.getBytes(StandardCharsets.UTF_8), fileError("not-a-tally-file"));
	}

	private static Malformed bytes(String name, String fileName, byte[] content, Expected error) {
		return new Malformed(name, fileName, content, error.code(), error.line(), error.column(), null, 0);
	}

	private static Expected rowError(String name, int line, @Nullable String column) {
		return new Expected("ingest.error." + name, line, column);
	}

	/** A row whose fields do not line up with its header. */
	private static Expected wrongWidth(int line) {
		return rowError("wrong-field-count", line, null);
	}

	private static Expected fileError(String name) {
		return new Expected("ingest.error." + name, 0, null);
	}

	private record Expected(String code, int line, @Nullable String column) {

	}

	/**
	 * A malformed file and the error it must get, among others.
	 *
	 * @param name what is wrong with it
	 * @param fileName the name it is sent with
	 * @param content its bytes
	 * @param code the message code of the expected error
	 * @param line the line (sheet row) of the expected error, 0 for the whole file
	 * @param column the column of the expected error, {@code null} when not about one column
	 * @param warning a warning code expected on the header line, if any
	 * @param errorCount how many errors the file has in all, 0 when not checked
	 */
	record Malformed(String name, String fileName, byte[] content, String code, int line, @Nullable String column,
			@Nullable String warning, int errorCount) {

		Malformed warning(String code) {
			return new Malformed(this.name, this.fileName, this.content, this.code, this.line, this.column, code,
					this.errorCount);
		}

		Malformed errorCount(int count) {
			return new Malformed(this.name, this.fileName, this.content, this.code, this.line, this.column,
					this.warning, count);
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

}
