package org.electionresults.ingest;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.jspecify.annotations.Nullable;

/**
 * The state of reading one file, shared by the CSV or XLSX source and the tables (one per CSV
 * file or XLSX sheet) it feeds: problems, row counts, and the caller's sink.
 */
final class TallyReading {

	private final ElectionCatalog reference;

	private final ColumnCatalog columns;

	private final ProblemLog problems;

	private final Consumer<TallyRow> sink;

	private final String fileName;

	private final Set<Ballot> ballots = EnumSet.noneOf(Ballot.class);

	/**
	 * How many distinct unknown-column sets are remembered: a file of many odd header lines
	 * must not make this grow without bound.
	 */
	private static final int MAX_WARNED_COLUMN_SETS = 100;

	/** Unknown-column sets already warned about, so that a repeated header warns once. */
	private final Set<List<String>> warnedUnknownColumns = new HashSet<>();

	private int rows;

	private boolean tallyHeaderSeen;

	/** Whether reading stopped before the end of the file, at an error that says why. */
	private boolean stopped;

	TallyReading(ElectionCatalog reference, ColumnCatalog columns, ProblemLog problems, Consumer<TallyRow> sink,
			String fileName) {
		this.reference = reference;
		this.columns = columns;
		this.problems = problems;
		this.sink = sink;
		this.fileName = fileName;
	}

	ElectionCatalog reference() {
		return this.reference;
	}

	ColumnCatalog columns() {
		return this.columns;
	}

	ProblemLog problems() {
		return this.problems;
	}

	String fileName() {
		return this.fileName;
	}

	/** Reports a problem about the whole file (line 0, no column), with the file name as argument. */
	void fileProblem(ProblemCode code, @Nullable String sheet) {
		this.problems.report(code, 0, sheet, null, this.fileName);
	}

	void countRow() {
		this.rows++;
	}

	int rows() {
		return this.rows;
	}

	void tallyHeaderSeen() {
		this.tallyHeaderSeen = true;
	}

	boolean hasTallyHeader() {
		return this.tallyHeaderSeen;
	}

	/**
	 * Notes that the file is not read to its end, after reporting why: that it has no rows is
	 * then not worth a word.
	 */
	void stop() {
		this.stopped = true;
	}

	boolean firstWarningAbout(List<String> unknownColumns) {
		return this.warnedUnknownColumns.size() < MAX_WARNED_COLUMN_SETS
				&& this.warnedUnknownColumns.add(unknownColumns);
	}

	void deliver(TallyRow row) {
		this.ballots.add(row.ballot());
		this.sink.accept(row);
	}

	/** Ends the reading with the checks that need the whole file. */
	ReadReport report(FileFormat format) {
		if (this.tallyHeaderSeen && this.rows == 0 && !this.stopped) {
			fileProblem(ProblemCode.NO_ROWS, null);
		}
		return new ReadReport(format, this.rows, this.problems.errors(), this.problems.errorCount(),
				this.problems.warnings(), this.problems.warningCount(), this.ballots);
	}

}
