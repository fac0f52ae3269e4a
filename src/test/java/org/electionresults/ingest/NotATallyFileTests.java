package org.electionresults.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.electionresults.ingest.Upload.Read;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files that are not a tally export at all get one clear error, not a list of thirty missing
 * columns; damaged headers and files get errors precise enough to fix them.
 */
class NotATallyFileTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H',
			'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89 };

	@TempDir
	Path directory;

	@Test
	void emptyFile() {
		Read read = Upload.bytes(this.directory, "export.csv", new byte[0]);
		assertThat(read.error()).isEqualTo(fileError("empty-file", "export.csv"));
		assertThat(read.report().format().kind()).isEqualTo("UNKNOWN");
		assertThat(read.report().rows()).isZero();
		assertThat(read.report().accepted()).isFalse();
	}

	@Test
	void fileWithOnlyAByteOrderMarkAndBlankLines() {
		Read read = Upload.csv(this.directory, "\uFEFF\r\n\r\n  \n");
		assertThat(read.error()).isEqualTo(fileError("empty-file", "export.csv"));
	}

	@Test
	void headerWithoutRows() {
		Read read = Upload.csv(this.directory, String.join(",", Acta.UNINOMINAL_HEADER) + "\r\n\r\n");
		assertThat(read.error()).isEqualTo(fileError("no-rows", "export.csv"));
		assertThat(read.report().format().kind()).isEqualTo("CSV");
	}

	@Test
	void imageRenamedToCsv() {
		Read read = Upload.bytes(this.directory, "resultados.csv", PNG);
		assertThat(read.error()).isEqualTo(fileError("not-a-tally-file", "resultados.csv"));
	}

	@Test
	void zipArchiveRenamedToCsv() throws IOException {
		Read read = Upload.bytes(this.directory, "resultados.csv", zip("resultados.csv", "a,b\n1,2\n"));
		assertThat(read.error()).isEqualTo(fileError("not-a-tally-file", "resultados.csv"));
	}

	@Test
	void randomBytes() {
		byte[] bytes = new byte[5000];
		new Random(7).nextBytes(bytes);
		bytes[100] = 0;
		Read read = Upload.bytes(this.directory, "export.csv", bytes);
		assertThat(read.error().code()).isEqualTo("ingest.error.not-a-tally-file");
	}

	@Test
	void randomBytesWithoutNul() {
		byte[] bytes = new byte[200_000];
		new Random(11).nextBytes(bytes);
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (bytes[i] == 0) ? 1 : bytes[i];
		}
		Read read = Upload.bytes(this.directory, "export.csv", bytes);
		assertThat(read.error().code()).isEqualTo("ingest.error.not-a-tally-file");
		assertThat(read.report().warnings()).isEmpty();
	}

	@Test
	void webPageSavedAsCsv() {
		String html = """
				<!DOCTYPE html>
				<html lang="es"><head><title>Cómputo Electoral 2020</title></head>
				<body><table><tr><th>CODIGO_MESA</th><th>CANDIDATURA</th></tr>
				<tr><td>1001</td><td>PRESIDENTE</td></tr></table></body></html>
				""";
		Read read = Upload.csv(this.directory, html);
		assertThat(read.error()).isEqualTo(fileError("not-a-tally-file", "export.csv"));
	}

	@Test
	void anotherCsv() {
		Read read = Upload.csv(this.directory, "id,nombre,correo\n1,Ana,ana@example.org\n2,Luis,luis@example.org\n");
		assertThat(read.error()).isEqualTo(fileError("not-a-tally-file", "export.csv"));
		assertThat(read.report().rows()).isZero();
	}

	@Test
	void aCsvWithAFewTallyColumns() {
		Read read = Upload.csv(this.directory, "CODIGO_MESA;CANDIDATURA;MAS_IPSP;CC\n1001;PRESIDENTE;34;104\n");
		assertThat(read.error()).isEqualTo(fileError("not-a-tally-file", "export.csv"));
	}

	@Test
	void oldExcelWorkbook() {
		byte[] ole2 = Arrays.copyOf(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
				(byte) 0xB1, 0x1A, (byte) 0xE1 }, 4096);
		Read read = Upload.bytes(this.directory, "resultados.xls", ole2);
		assertThat(read.error()).isEqualTo(fileError("unsupported-spreadsheet", "resultados.xls"));
	}

	@Test
	void openDocumentSpreadsheet() throws IOException {
		byte[] ods = zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
		Read read = Upload.bytes(this.directory, "resultados.ods", ods);
		assertThat(read.error()).isEqualTo(fileError("unsupported-spreadsheet", "resultados.ods"));
	}

	@Test
	void utf16Text() {
		String content = "\uFEFF" + TallyCsv.of(Acta.president(10001)).replace(',', '\t');
		Read read = Upload.csv(this.directory, content, StandardCharsets.UTF_16LE);
		assertThat(read.error()).isEqualTo(fileError("unsupported-encoding", "export.csv"));
	}

	@Test
	void utf16TextWithoutByteOrderMark() {
		for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
			Read read = Upload.csv(this.directory, TallyCsv.of(Acta.president(10001)), utf16);
			assertThat(read.error()).isEqualTo(fileError("unsupported-encoding", "export.csv"));
		}
	}

	@Test
	void binaryWithNulsInEveryOtherByteOnlyAtFirstIsStillBinary() {
		byte[] bytes = Arrays.copyOf(PNG, 64);
		Read read = Upload.bytes(this.directory, "export.csv", bytes);
		assertThat(read.error()).isEqualTo(fileError("not-a-tally-file", "export.csv"));
	}

	@Test
	void rowsPastedInAnotherEncodingAreRefusedAtTheLineWhereTheEncodingChanges() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(line(Acta.UNINOMINAL_HEADER, "\n", StandardCharsets.UTF_8));
		bytes.write(line(Acta.president(10001).set("RECINTO", "Escuela Potosí"), "\n", StandardCharsets.UTF_8));
		bytes.write(line(Acta.president(10002).set("RECINTO", "Colegio Ñuflo"), "\n", StandardCharsets.ISO_8859_1));
		Read read = Upload.bytes(this.directory, "export.csv", bytes.toByteArray());
		assertThat(read.error())
			.isEqualTo(new Problem(3, null, null, "ingest.error.mixed-encoding", List.of("ISO-8859-1", 2, "UTF-8")));
		assertThat(read.rows()).isEmpty();
		assertThat(read.report().format().charset()).isEqualTo("ISO-8859-1");
	}

	@Test
	void utf8RowsAfterLatin1RowsAreRefusedAtTheFirstUtf8One() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(line(Acta.UNINOMINAL_HEADER, "\r\n\r\n", StandardCharsets.US_ASCII));
		bytes.write(line(Acta.president(10001).set("RECINTO", "Escuela Potosí"), "\r\n", StandardCharsets.ISO_8859_1));
		bytes.write(line(Acta.president(10002).set("RECINTO", "Colegio Ñuflo"), "\r\n", StandardCharsets.UTF_8));
		Read read = Upload.bytes(this.directory, "export.csv", bytes.toByteArray());
		assertThat(read.error())
			.isEqualTo(new Problem(4, null, null, "ingest.error.mixed-encoding", List.of("UTF-8", 3, "ISO-8859-1")));
	}

	@Test
	void truncatedWorkbook() throws IOException {
		byte[] workbook = zip("xl/workbook.xml", "<workbook/>".repeat(100));
		byte[] truncated = Arrays.copyOf(workbook, workbook.length / 2);
		assertThat(Upload.bytes(this.directory, "resultados.xlsx", truncated).error())
			.isEqualTo(fileError("unreadable-spreadsheet", "resultados.xlsx"));
		assertThat(Upload.bytes(this.directory, "resultados.csv", truncated).error())
			.isEqualTo(fileError("not-a-tally-file", "resultados.csv"));
	}

	@Test
	void headerMissingSomeColumns() {
		List<String> header = new ArrayList<>(Acta.UNINOMINAL_HEADER);
		header.remove("VOTO_NULO");
		header.remove("CC");
		TallyCsv csv = TallyCsv.withHeader(header)
			.row(Acta.president(10001), header)
			.row(Acta.president(10002), header);
		Read read = Upload.csv(this.directory, csv.text());
		assertThat(read.report().errors()).containsExactly(headerError("missing-column", "CC"),
				headerError("missing-column", "VOTO_NULO"));
		assertThat(read.report().rows()).isEqualTo(2);
		assertThat(read.rows()).isEmpty();
	}

	@Test
	void headerWithAColumnTwice() {
		List<String> header = new ArrayList<>(Acta.UNINOMINAL_HEADER);
		header.add("Voto Valido");
		TallyCsv csv = TallyCsv.withHeader(header).row(Acta.president(10001), header);
		Read read = Upload.csv(this.directory, csv.text());
		assertThat(read.error()).isEqualTo(headerError("duplicate-column", "VOTO_VALIDO"));
		assertThat(read.rows()).isEmpty();
	}

	@Test
	void specialHeaderMissingAnOrganisation() {
		List<String> header = new ArrayList<>(Acta.SPECIAL_HEADER);
		header.remove("OICH");
		Read read = Upload.csv(this.directory, TallyCsv.withHeader(header).row(Acta.special(80001), header).text());
		assertThat(read.error()).isEqualTo(headerError("missing-column", "OICH"));
	}

	@Test
	void unrecognisedHeaderInTheMiddle() {
		TallyCsv csv = TallyCsv.withHeader(Acta.UNINOMINAL_HEADER).row(Acta.president(10001), Acta.UNINOMINAL_HEADER);
		csv.line("CODIGO_MESA,TOTAL,FECHA");
		csv.line("10002,98,2020-10-19");
		csv.fields(Acta.UNINOMINAL_HEADER).row(Acta.president(10003), Acta.UNINOMINAL_HEADER);
		Read read = Upload.csv(this.directory, csv.text());
		assertThat(read.error()).isEqualTo(new Problem(3, null, null, "ingest.error.unrecognised-header", List.of()));
		assertThat(read.rows()).extracting(TallyRow::mesaCode).containsExactly(10001, 10003);
		assertThat(read.report().rows()).isEqualTo(3);
	}

	@Test
	void quoteNeverClosed() {
		TallyCsv csv = TallyCsv.withHeader(Acta.UNINOMINAL_HEADER).row(Acta.president(10001), Acta.UNINOMINAL_HEADER);
		csv.line(String.join(",", Acta.president(10002).fields(Acta.UNINOMINAL_HEADER))
			.replace("Escuela", "\"Escuela"));
		csv.row(Acta.president(10003), Acta.UNINOMINAL_HEADER);
		Read read = Upload.csv(this.directory, csv.text());
		assertThat(read.rows()).extracting(TallyRow::mesaCode).containsExactly(10001);
		assertThat(read.error()).isEqualTo(new Problem(3, null, null, "ingest.error.csv-syntax", List.of()));
	}

	@Test
	void aFieldCutShortByTheEndOfTheFileIsATruncatedRowNotAQuote() {
		TallyCsv csv = TallyCsv.withHeader(Acta.UNINOMINAL_HEADER).row(Acta.president(10001), Acta.UNINOMINAL_HEADER);
		String row = String.join(",",
				Acta.president(10002).set("RECINTO", "Escuela, Sucre").fields(Acta.UNINOMINAL_HEADER));
		String text = csv.text() + row.substring(0, row.indexOf("Escuela, Sucre") + 7).replace("Escuela", "\"Escuela");
		Read read = Upload.csv(this.directory, text);
		assertThat(read.error())
			.isEqualTo(new Problem(3, null, null, "ingest.error.wrong-field-count", List.of(15, 31)));
	}

	@Test
	void aQuotedLineBreakInARowOfTheRightWidthIsAName() {
		TallyCsv csv = TallyCsv.withHeader(Acta.UNINOMINAL_HEADER)
			.row(Acta.president(10001).set("RECINTO", "Unidad Educativa\nSucre"), Acta.UNINOMINAL_HEADER)
			.row(Acta.president(10002), Acta.UNINOMINAL_HEADER);
		Read read = Upload.csv(this.directory, csv.text());
		assertThat(read.report().errors()).isEmpty();
		assertThat(read.rows()).hasSize(2);
	}

	@Test
	void characterAfterAClosingQuote() {
		TallyCsv csv = TallyCsv.withHeader(Acta.UNINOMINAL_HEADER).row(Acta.president(10001), Acta.UNINOMINAL_HEADER);
		csv.line(String.join(",", Acta.president(10002).fields(Acta.UNINOMINAL_HEADER))
			.replace("Escuela 10002", "\"Escuela\" 10002"));
		csv.row(Acta.president(10003), Acta.UNINOMINAL_HEADER);
		Read read = Upload.csv(this.directory, csv.text());
		assertThat(read.rows()).extracting(TallyRow::mesaCode).containsExactly(10001);
		assertThat(read.error()).isEqualTo(new Problem(3, null, null, "ingest.error.csv-syntax", List.of()));
	}

	private static Problem fileError(String code, String fileName) {
		return new Problem(0, null, null, "ingest.error." + code, List.of(fileName));
	}

	private static Problem headerError(String code, String column) {
		return new Problem(1, null, null, "ingest.error." + code, List.of(column));
	}

	private static byte[] line(Acta acta, String lineEnd, Charset charset) {
		return line(acta.fields(Acta.UNINOMINAL_HEADER), lineEnd, charset);
	}

	private static byte[] line(List<String> fields, String lineEnd, Charset charset) {
		return (String.join(",", fields) + lineEnd).getBytes(charset);
	}

	private static byte[] zip(String entry, String content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
