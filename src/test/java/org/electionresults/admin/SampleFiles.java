package org.electionresults.admin;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import org.electionresults.RealSample;

/**
 * Files cut from the real partial export of 19 October 2020: a range of its rows, with some rows
 * corrected. A correction swaps the MAS-IPSP and CC votes of the row, so every sum of the row
 * still holds and the file stays valid.
 */
final class SampleFiles {

	static final Path SAMPLE = RealSample.PARTIAL_EXPORT;

	private final List<String> header;

	private final List<List<String>> rows;

	private SampleFiles(List<String> header, List<List<String>> rows) {
		this.header = header;
		this.rows = rows;
	}

	static SampleFiles read() throws IOException {
		try (Reader reader = Files.newBufferedReader(SAMPLE, StandardCharsets.UTF_8);
				CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(reader)) {
			List<List<String>> all = new ArrayList<>();
			csv.forEach((record) -> all.add(record.getFields()));
			return new SampleFiles(all.get(0), all.subList(1, all.size()));
		}
	}

	int rows() {
		return this.rows.size();
	}

	/** Rows [from, to) of the sample; rows whose index is a multiple of correctEvery (if > 0) corrected. */
	Path write(Path file, int from, int to, int correctEvery) throws IOException {
		int mas = this.header.indexOf("MAS_IPSP");
		int cc = this.header.indexOf("CC");

		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CsvWriter csv = CsvWriter.builder().build(writer)) {
			csv.writeRecord(this.header);
			for (int index = from; index < to; index++) {
				List<String> row = new ArrayList<>(this.rows.get(index));
				if (correctEvery > 0 && index % correctEvery == 0 && !row.get(mas).equals(row.get(cc))) {
					String votes = row.get(mas);
					row.set(mas, row.get(cc));
					row.set(cc, votes);
				}
				csv.writeRecord(row);
			}
		}
		return file;
	}

}
