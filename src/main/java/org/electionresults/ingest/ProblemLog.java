package org.electionresults.ingest;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Errors and warnings of one file. Keeps only the first few of each (a broken file can have a
 * problem on every one of its 70,000 rows) but counts them all.
 */
final class ProblemLog {

	/** Longest excerpt of a cell quoted back in a message. */
	private static final int EXCERPT_LENGTH = 40;

	private final int maxReported;

	private final List<Problem> errors = new ArrayList<>();

	private final List<Problem> warnings = new ArrayList<>();

	private int errorCount;

	private int warningCount;

	ProblemLog(int maxReported) {
		this.maxReported = maxReported;
	}

	void report(ProblemCode code, int line, @Nullable String sheet, @Nullable String column, Object... args) {
		if (args.length != code.arity()) {
			throw new IllegalArgumentException(code + " takes " + code.arity() + " arguments, not " + args.length);
		}
		boolean error = code.severity() == ProblemCode.Severity.ERROR;
		List<Problem> kept = error ? this.errors : this.warnings;
		if (kept.size() < this.maxReported) {
			kept.add(new Problem(line, sheet, column, code.key(), List.of(args)));
		}
		if (error) {
			this.errorCount++;
		}
		else {
			this.warningCount++;
		}
	}

	int errorCount() {
		return this.errorCount;
	}

	int warningCount() {
		return this.warningCount;
	}

	List<Problem> errors() {
		return this.errors;
	}

	List<Problem> warnings() {
		return this.warnings;
	}

	/**
	 * A cell as quoted back to the admin: short enough for a message, and with a NUL shown as
	 * ␀ (problems are stored as JSON in PostgreSQL, whose jsonb has no NUL character).
	 */
	static String excerpt(String cell) {
		String visible = cell.replace('\0', '\u2400');
		if (visible.length() <= EXCERPT_LENGTH) {
			return visible;
		}
		int end = Character.isHighSurrogate(visible.charAt(EXCERPT_LENGTH - 1)) ? EXCERPT_LENGTH - 1
				: EXCERPT_LENGTH;
		return visible.substring(0, end) + "…";
	}

}
