package org.electionresults.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The same export as an XLSX workbook, as the OEP publishes it: one sheet per ballot (CANDIDATURA),
 * each with the CSV's header, numbers stored as floats. For {@code bench/ingest.sh}, which compares
 * the upload of both; streams, one pass over the CSV per ballot.
 * <p>
 * {@code java -cp ... org.electionresults.ingest.CsvToXlsx IN.csv OUT.xlsx}
 */
public final class CsvToXlsx {

	private CsvToXlsx() {
	}

	public static void main(String[] args) throws IOException {
		Path in = Path.of(args[0]);
		Path out = Path.of(args[1]);
		long start = System.nanoTime();
		Set<String> ballots = new LinkedHashSet<>();
		int ballotColumn;
		try (CsvReader<CsvRecord> csv = reader(in)) {
			var rows = csv.iterator();
			List<String> header = rows.next().getFields();
			ballotColumn = header.indexOf("CANDIDATURA");
			rows.forEachRemaining((row) -> ballots.add(row.getField(ballotColumn)));
		}
		long rows = 0;
		try (OutputStream stream = Files.newOutputStream(out)) {
			Workbook workbook = new Workbook(stream, "election-results-bench", "1.0");
			for (String ballot : ballots) {
				Worksheet sheet = workbook.newWorksheet(ballot.length() > 31 ? ballot.substring(0, 31) : ballot);
				int r = 0;
				try (CsvReader<CsvRecord> csv = reader(in)) {
					for (CsvRecord row : csv) {
						if (r > 0 && !ballot.equals(row.getField(ballotColumn)) && row.getStartingLineNumber() > 1) {
							continue;
						}
						List<String> fields = row.getFields();
						for (int c = 0; c < fields.size(); c++) {
							String cell = fields.get(c);
							if (!cell.isEmpty() && cell.chars().allMatch(Character::isDigit)) {
								sheet.value(r, c, Double.parseDouble(cell));
							}
							else if (!cell.isEmpty()) {
								sheet.value(r, c, cell);
							}
						}
						r++;
						if (r % 10_000 == 0) {
							sheet.flush();
						}
					}
				}
				rows += r - 1;
				sheet.finish();
			}
			workbook.finish();
		}
		System.err.printf("%,d rows in %d sheets, %,d bytes, in %,d ms to %s%n", rows, ballots.size(), Files.size(out),
				(System.nanoTime() - start) / 1_000_000, out);
	}

	private static CsvReader<CsvRecord> reader(Path file) throws IOException {
		Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
		return CsvReader.builder().ofCsvRecord(reader);
	}

}
