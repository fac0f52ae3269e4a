package org.electionresults.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

import org.electionresults.election.ElectionCatalog;

/**
 * Reads and checks an uploaded copy of the OEP's per-mesa tally export, CSV or XLSX, against
 * the reference facts of the election.
 * <p>
 * The file is streamed: memory does not grow with its size, and every valid row goes to the
 * caller's sink as soon as it is read, in file order. Rows with errors do not. Content never
 * makes it throw: whatever is wrong is reported, with its line and column, and reading goes on
 * so that the admin sees every problem at once. The caller loads the rows only if the report
 * has no error at all (a file is loaded whole or not at all); rows repeated in the file are for
 * the caller to find, by the line numbers the rows carry.
 * <p>
 * Thread-safe: one instance may read several files at once.
 */
public final class TallyFileReader {

	private final ElectionCatalog reference;

	private final ColumnCatalog columns;

	private final int maxReportedProblems;

	/**
	 * @param reference the election the files are checked against
	 * @param maxReportedProblems how many errors, and how many warnings, a report lists (all
	 * are counted)
	 */
	public TallyFileReader(ElectionCatalog reference, int maxReportedProblems) {
		if (maxReportedProblems < 0) {
			throw new IllegalArgumentException("maxReportedProblems must not be negative");
		}
		this.reference = reference;
		this.columns = new ColumnCatalog(reference);
		this.maxReportedProblems = maxReportedProblems;
	}

	/**
	 * Streams the file; every valid row goes to sink, in file order. Never throws for bad
	 * content: problems are reported.
	 * @param file the uploaded file
	 * @param originalFileName the name the admin's file had, for messages
	 * @param sink receives each valid row; an exception it throws stops the reading and is
	 * thrown from here
	 * @return what was read and what is wrong with it
	 * @throws IOException if the file cannot be read from disk
	 */
	public ReadReport read(Path file, String originalFileName, Consumer<TallyRow> sink) throws IOException {
		String fileName = Objects.requireNonNullElse(originalFileName, String.valueOf(file.getFileName()));
		TallyReading reading = new TallyReading(this.reference, this.columns,
				new ProblemLog(this.maxReportedProblems), sink, fileName);
		FileFormat format = switch (ContentKind.of(file, fileName)) {
			case TEXT -> CsvTallySource.read(file, reading);
			case XLSX -> XlsxTallySource.read(file, reading);
			case BROKEN_XLSX -> unreadable(reading, ProblemCode.UNREADABLE_SPREADSHEET, FileFormat.xlsx());
			case EMPTY -> unreadable(reading, ProblemCode.EMPTY_FILE, FileFormat.unknown());
			case OTHER_SPREADSHEET -> unreadable(reading, ProblemCode.UNSUPPORTED_SPREADSHEET, FileFormat.unknown());
			case WIDE_TEXT -> unreadable(reading, ProblemCode.UNSUPPORTED_ENCODING, FileFormat.unknown());
			case BINARY -> unreadable(reading, ProblemCode.NOT_A_TALLY_FILE, FileFormat.unknown());
		};
		return reading.report(format);
	}

	private static FileFormat unreadable(TallyReading reading, ProblemCode code, FileFormat format) {
		reading.fileProblem(code, null);
		return format;
	}

}
