package org.electionresults.admin;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.electionresults.ingest.Problem;
import org.electionresults.ingest.ProblemMessages;
import org.electionresults.ingest.UploadReport;
import org.electionresults.ingest.UploadStatus;

/**
 * An upload as the API shows it, with every problem put into words in the caller's language.
 */
record UploadResponse(long id, UploadStatus status, String fileName, String sha256, long sizeBytes, String format,
		boolean snapshot, String uploadedBy, Instant uploadedAt, Instant finishedAt, int rows, int inserted,
		int corrected, int unchanged, int withdrawn, int errorCount, List<ProblemView> errors, int warningCount,
		List<ProblemView> warnings, Long duplicateOf) {

	static UploadResponse of(UploadReport report, ProblemMessages messages, Locale locale) {
		return new UploadResponse(report.id(), report.status(), report.fileName(), report.sha256(),
				report.sizeBytes(), report.format(), report.snapshot(), report.uploadedBy(), report.uploadedAt(),
				report.finishedAt(), report.rows(), report.inserted(), report.corrected(), report.unchanged(),
				report.withdrawn(), report.errorCount(), views(report.errors(), messages, locale),
				report.warningCount(), views(report.warnings(), messages, locale), report.duplicateOf());
	}

	private static List<ProblemView> views(List<Problem> problems, ProblemMessages messages, Locale locale) {
		return problems.stream()
			.map((problem) -> new ProblemView(problem.line(), problem.sheet(), problem.column(), problem.code(),
					messages.describe(problem, locale)))
			.toList();
	}

	/**
	 * One problem: where it is and what it is.
	 *
	 * @param line line of the file (row of the sheet for XLSX), 0 when about the whole file
	 * @param sheet the sheet of an XLSX file
	 * @param column the column, when about one
	 * @param code a stable code for programs
	 * @param message the problem in words
	 */
	record ProblemView(int line, String sheet, String column, String code, String message) {

	}

}
