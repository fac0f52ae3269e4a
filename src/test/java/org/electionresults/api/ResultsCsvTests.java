package org.electionresults.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import org.electionresults.CountIntegrationTest;
import org.electionresults.election.Ballot;
import org.electionresults.ingest.SyntheticExport;
import org.electionresults.ingest.UploadFiles;
import org.electionresults.ingest.UploadReport;
import org.electionresults.ingest.UploadStatus;
import org.junit.jupiter.api.Test;

/** The CSV export has exact figures and is safe to open in a spreadsheet, whatever the file said. */
class ResultsCsvTests extends CountIntegrationTest {

	private static final String FORMULA = "=cmd|' /C calc'!A0";

	@Test
	void namesFromTheFileCannotRunAsFormulas() throws Exception {
		Path generated = this.dir.resolve("generated.csv");
		SyntheticExport.builder().mesas(80).seed(4).ballots(EnumSet.of(Ballot.PRESIDENT)).build().writeCsv(generated);
		Path hostile = this.dir.resolve("hostile.csv");
		withMunicipalityOfFirstRowRenamed(generated, hostile, FORMULA);
		UploadReport report = this.uploads.ingest(UploadFiles.attempt(hostile, false));
		assertThat(report.status()).isEqualTo(UploadStatus.COMMITTED);

		String csv = this.mvc.get().uri("/api/results/president.csv?level=MUNICIPALITY").exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		List<CsvRecord> records = new ArrayList<>();
		try (Reader reader = new StringReader(csv); CsvReader<CsvRecord> rows = CsvReader.builder().ofCsvRecord(reader)) {
			rows.forEach(records::add);
		}
		assertThat(records).hasSizeGreaterThan(1);
		assertThat(records).anySatisfy((row) -> assertThat(row.getField(2)).isEqualTo("'" + FORMULA));
		assertThat(records).allSatisfy((row) -> assertThat(row.getFields())
			.allSatisfy((cell) -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")));
		// Figures are exact: the column of emitted votes adds up to the national total.
		long emitted = records.stream().skip(1).mapToLong((row) -> Long.parseLong(row.getField(5))).sum();
		assertThat(emitted).isEqualTo(this.jdbc
			.sql("SELECT emitted FROM area_total WHERE level = 'NATIONAL' AND ballot = 'PRESIDENT'")
			.query(Long.class)
			.single());
	}

	@Test
	void anUnknownLevelIsNotFound() {
		assertThat(this.mvc.get().uri("/api/results/president.csv?level=GALAXY")).hasStatus4xxClientError();
		assertThat(this.mvc.get().uri("/api/results/senate.csv")).hasStatus4xxClientError();
	}

	private static void withMunicipalityOfFirstRowRenamed(Path in, Path out, String name) throws Exception {
		try (Reader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
				CsvReader<CsvRecord> rows = CsvReader.builder().ofCsvRecord(reader);
				Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
				CsvWriter csv = CsvWriter.builder().build(writer)) {
			int column = -1;
			String target = null;
			for (CsvRecord row : rows) {
				List<String> fields = new ArrayList<>(row.getFields());
				if (column < 0) {
					column = fields.indexOf("MUNICIPIO");
				}
				else {
					if (target == null) {
						target = fields.get(column);
					}
					if (fields.get(column).equals(target)) {
						fields.set(column, name);
					}
				}
				csv.writeRecord(fields);
			}
		}
	}

}
