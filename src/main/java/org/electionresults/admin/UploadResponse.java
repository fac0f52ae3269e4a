package org.electionresults.admin;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.electionresults.ingest.Correction;
import org.electionresults.ingest.Problem;
import org.electionresults.ingest.ProblemMessages;
import org.electionresults.ingest.UploadReport;
import org.electionresults.ingest.UploadKind;
import org.electionresults.ingest.UploadProgress;
import org.electionresults.ingest.UploadStatus;
import org.jspecify.annotations.Nullable;

/**
 * An upload as the API shows it, with every problem put into words in the caller's language; while
 * it runs (status {@code RUNNING}), and for a while after, the stages it went through.
 */
record UploadResponse(long id, UploadStatus status, @Nullable String fileName, @Nullable String sha256,
		long sizeBytes, @Nullable String format, boolean snapshot, @Nullable String uploadedBy,
		@Nullable Instant uploadedAt, @Nullable Instant finishedAt, int rows, int inserted,
		int corrected, int unchanged, int withdrawn, int errorCount, List<ProblemView> errors, int warningCount,
		List<ProblemView> warnings, @Nullable Long duplicateOf, @Nullable UploadKind kind, @Nullable Long reverts,
		@Nullable Long revertedBy,
		List<Correction> plannedCorrections, UploadProgress.@Nullable Progress progress) {

	static UploadResponse of(UploadReport report, ProblemMessages messages, Locale locale) {
		return of(report, messages, locale, null);
	}

	/** A running upload: only its id, status and stages are known. */
	static UploadResponse running(UploadProgress.Progress progress) {
		return new UploadResponse(progress.id(), UploadStatus.RUNNING, null, null, 0, null, false, null, null, null,
				progress.rows(), 0, 0, 0, 0, 0, List.of(), 0, List.of(), null, null, null, null, List.of(), progress);
	}

	static UploadResponse of(UploadReport report, ProblemMessages messages, Locale locale,
			UploadProgress.@Nullable Progress progress) {
		return new UploadResponse(report.id(), report.status(), report.fileName(), report.sha256(),
				report.sizeBytes(), report.format(), report.snapshot(), report.uploadedBy(), report.uploadedAt(),
				report.finishedAt(), report.rows(), report.inserted(), report.corrected(), report.unchanged(),
				report.withdrawn(), report.errorCount(), views(report.errors(), messages, locale),
				report.warningCount(), views(report.warnings(), messages, locale), report.duplicateOf(), report.kind(),
				report.reverts(), report.revertedBy(), report.plannedCorrections(), progress);
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
