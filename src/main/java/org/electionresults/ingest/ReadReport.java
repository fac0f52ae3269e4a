package org.electionresults.ingest;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.electionresults.election.Ballot;

/**
 * The outcome of reading one tally file.
 *
 * @param format how the file was read
 * @param rows data rows read (header and blank lines excluded), valid or not
 * @param errors the first reported errors, in file order, at most the reader's
 * {@code maxReportedProblems}
 * @param errorCount all errors found, including those not kept in {@code errors}
 * @param warnings the first reported warnings, at most the reader's {@code maxReportedProblems}
 * @param warningCount all warnings found
 * @param ballots ballots of the rows passed to the sink
 */
public record ReadReport(FileFormat format, int rows, List<Problem> errors, int errorCount, List<Problem> warnings,
		int warningCount, Set<Ballot> ballots) {

	public ReadReport {
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
		ballots = Collections
			.unmodifiableSet(ballots.isEmpty() ? EnumSet.noneOf(Ballot.class) : EnumSet.copyOf(ballots));
	}

	/**
	 * Whether the file may be loaded: a file is loaded whole or not at all, so a single error
	 * rejects it. Warnings do not.
	 */
	public boolean accepted() {
		return this.errorCount == 0;
	}

}
