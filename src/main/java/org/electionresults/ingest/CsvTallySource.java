package org.electionresults.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

/**
 * Streams a CSV tally file through FastCSV: one row in memory at a time, whatever the size of
 * the file.
 */
final class CsvTallySource {

	/**
	 * Longest field FastCSV buffers. A quote that is never closed makes the rest of the file one
	 * field; this bounds the memory that costs before it is reported.
	 */
	private static final int MAX_BUFFER = 1024 * 1024;

	/** Characters looked at to find the header line's delimiter. */
	private static final int HEADER_PREFIX = 64 * 1024;

	private static final char[] DELIMITERS = { ',', ';', '\t' };

	private CsvTallySource() {
	}

	static FileFormat read(Path file, TallyReading reading) throws IOException {
		TextEncoding encoding = TextEncoding.detect(file);
		char delimiter;
		try (Reader reader = open(file, encoding)) {
			delimiter = headerDelimiter(reader);
		}
		CsvRowHandler handler = new CsvRowHandler();
		TallyTable table = new TallyTable(reading, null, null, false);
		try (Reader reader = open(file, encoding);
				CsvReader<RawRow> csv = CsvReader.builder()
					.fieldSeparator(delimiter)
					.skipEmptyLines(true)
					.extraFieldStrategy(FieldMismatchStrategy.IGNORE)
					.missingFieldStrategy(FieldMismatchStrategy.IGNORE)
					.maxBufferSize(MAX_BUFFER)
					.build(handler, reader)) {
			Iterator<RawRow> rows = csv.iterator();
			while (true) {
				RawRow row;
				try {
					if (!rows.hasNext()) {
						break;
					}
					row = rows.next();
				}
				catch (CsvParseException ex) {
					// FastCSV cannot resume after a syntax error: report where it happened, and stop.
					// Before any tally header, the file is just not a tally file.
					if (reading.hasTallyHeader()) {
						reading.problems().report(ProblemCode.CSV_SYNTAX, handler.currentLine(), null, null);
						reading.stop();
					}
					else {
						reading.fileProblem(ProblemCode.NOT_A_TALLY_FILE, null);
					}
					return FileFormat.csv(encoding.name(), delimiter);
				}
				catch (UncheckedIOException ex) {
					throw ex.getCause();
				}
				if (!table.offer(row)) {
					reading.fileProblem(ProblemCode.NOT_A_TALLY_FILE, null);
					return FileFormat.csv(encoding.name(), delimiter);
				}
				if (encoding.mixed() != null && reading.hasTallyHeader()) {
					// A tally file indeed, but whatever the encoding some of its names would be garbled.
					reportMixture(reading, encoding.mixed());
					return FileFormat.csv(encoding.name(), delimiter);
				}
			}
		}
		if (!table.started()) {
			reading.fileProblem(ProblemCode.EMPTY_FILE, null);
		}
		return FileFormat.csv(encoding.name(), delimiter);
	}

	/** Reports the mixture at the later of the two lines, naming the other. */
	private static void reportMixture(TallyReading reading, TextEncoding.Mixture mixture) {
		if (mixture.utf8Line() > mixture.otherLine()) {
			reading.problems().report(ProblemCode.MIXED_ENCODING, mixture.utf8Line(), null, null, "UTF-8",
					mixture.otherLine(), mixture.otherEncoding());
		}
		else {
			reading.problems().report(ProblemCode.MIXED_ENCODING, mixture.otherLine(), null, null,
					mixture.otherEncoding(), mixture.utf8Line(), "UTF-8");
		}
		reading.stop();
	}

	private static Reader open(Path file, TextEncoding encoding) throws IOException {
		InputStream in = Files.newInputStream(file);
		try {
			in.skipNBytes(encoding.bomLength());
		}
		catch (IOException ex) {
			in.close();
			throw ex;
		}
		// Undecodable bytes become U+FFFD rather than an exception: the encoding was chosen so
		// that there are none, and a name is not worth failing the file over.
		return new InputStreamReader(in, encoding.charset()
			.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE));
	}

	/**
	 * The delimiter of the header line: whichever of comma, semicolon and tab it has most of,
	 * outside quotes. Comma when it has none (a one-column file, not a tally anyway).
	 */
	private static char headerDelimiter(Reader reader) throws IOException {
		int[] counts = new int[DELIMITERS.length];
		boolean quoted = false;
		boolean started = false;
		for (int i = 0; i < HEADER_PREFIX; i++) {
			int c = reader.read();
			if (c < 0) {
				break;
			}
			if (c == '"') {
				quoted = !quoted;
			}
			else if ((c == '\n' || c == '\r') && !quoted) {
				if (started) {
					break;
				}
				// Blank lines before the header.
				continue;
			}
			else if (!quoted) {
				for (int d = 0; d < DELIMITERS.length; d++) {
					if (c == DELIMITERS[d]) {
						counts[d]++;
					}
				}
			}
			started = true;
		}
		int best = 0;
		for (int d = 1; d < DELIMITERS.length; d++) {
			if (counts[d] > counts[best]) {
				best = d;
			}
		}
		return DELIMITERS[best];
	}

}
