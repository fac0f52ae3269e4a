package org.electionresults.ingest;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Something wrong (an error) or suspicious (a warning) in an uploaded tally file, located
 * precisely enough for an administrator to find it.
 *
 * @param line line of the CSV file or row of the spreadsheet sheet (1-based); {@code 0} when
 * the problem concerns the whole file or sheet
 * @param sheet spreadsheet sheet name, {@code null} for CSV files
 * @param column export name of the column concerned (e.g. {@code VOTO_VALIDO}), {@code null}
 * when the problem is not about one column
 * @param code message key, e.g. {@code ingest.error.sum-mismatch}
 * @param args message arguments ({@code {0}}, {@code {1}}, ... in the message)
 */
public record Problem(int line, @Nullable String sheet, @Nullable String column, String code, List<Object> args) {

	public Problem {
		args = List.copyOf(args);
	}

}
