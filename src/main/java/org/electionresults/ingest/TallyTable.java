package org.electionresults.ingest;

import org.electionresults.election.Ballot;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one CSV file or one XLSX sheet: a header, then data rows, possibly interrupted by
 * a repeated header (files concatenated from several exports), which then applies to the rows
 * after it. Blank rows are skipped.
 */
final class TallyTable {

	private final TallyReading reading;

	private final ColumnCatalog columns;

	private final @Nullable String sheet;

	private final @Nullable Ballot sheetBallot;

	private final boolean trailingCellsOptional;

	/** Parser of the current header; {@code null} when that header is unusable. */
	private @Nullable TallyRowParser parser;

	private boolean started;

	TallyTable(TallyReading reading, @Nullable String sheet, @Nullable Ballot sheetBallot,
			boolean trailingCellsOptional) {
		this.reading = reading;
		this.columns = reading.columns();
		this.sheet = sheet;
		this.sheetBallot = sheetBallot;
		this.trailingCellsOptional = trailingCellsOptional;
	}

	/**
	 * Takes the next row.
	 * @return {@code false} when the first non-blank row is not a tally header: the file or
	 * sheet is something else and should not be read further
	 */
	boolean offer(RawRow row) {
		if (row.isBlank()) {
			return true;
		}
		boolean ballotFromSheet = this.sheetBallot != null;
		if (!this.started) {
			this.started = true;
			ColumnLayout header = ColumnLayout.of(this.columns, row);
			if (!header.looksLikeTallyHeader(this.columns, ballotFromSheet)) {
				return false;
			}
			this.reading.tallyHeaderSeen();
			useHeader(header, row.line());
			return true;
		}
		if (this.columns.isColumnName(row.cell(0))) {
			ColumnLayout header = ColumnLayout.of(this.columns, row);
			if (header.looksLikeTallyHeader(this.columns, ballotFromSheet)) {
				useHeader(header, row.line());
			}
			else {
				this.reading.problems().report(ProblemCode.UNRECOGNISED_HEADER, row.line(), this.sheet, null);
				this.parser = null;
			}
			return true;
		}
		this.reading.countRow();
		if (this.parser != null) {
			TallyRow tallyRow = this.parser.parse(row);
			if (tallyRow != null) {
				this.reading.deliver(tallyRow);
			}
		}
		return true;
	}

	/** Whether any non-blank row was seen. */
	boolean started() {
		return this.started;
	}

	/**
	 * Checks a header and reads the following rows with it, unless a column is missing or
	 * doubled: then those rows cannot be read reliably, and the header errors already reject the
	 * file.
	 */
	private void useHeader(ColumnLayout header, int line) {
		ProblemLog problems = this.reading.problems();
		boolean usable = true;
		for (String duplicate : header.duplicateNames()) {
			problems.report(ProblemCode.DUPLICATE_COLUMN, line, this.sheet, null, duplicate);
			usable = false;
		}
		for (int missing : header.missingRequired(this.columns, this.sheetBallot != null)) {
			problems.report(ProblemCode.MISSING_COLUMN, line, this.sheet, null, this.columns.name(missing));
			usable = false;
		}
		if (!header.unknownNames().isEmpty() && this.reading.firstWarningAbout(header.unknownNames())) {
			problems.report(ProblemCode.UNKNOWN_COLUMNS, line, this.sheet, null,
					String.join(", ", header.unknownNames()));
		}
		this.parser = usable
				? new TallyRowParser(this.reading, this.sheet, this.sheetBallot, this.trailingCellsOptional, header)
				: null;
	}

}
