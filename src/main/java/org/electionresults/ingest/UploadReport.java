package org.electionresults.ingest;

import java.time.Instant;
import java.util.List;

/**
 * One upload as recorded: who sent which file when, what it did to the tallies, and what was wrong
 * with it.
 *
 * @param id upload id
 * @param status how it ended
 * @param fileName the file name as sent
 * @param sha256 hex SHA-256 of the bytes
 * @param sizeBytes size of the file
 * @param format the detected format, e.g. {@code CSV UTF-8 ;}
 * @param snapshot whether the file was sent as a complete snapshot
 * @param uploadedBy the administrator
 * @param uploadedAt when it arrived
 * @param finishedAt when it was committed or rejected
 * @param rows data rows read
 * @param inserted tallies new to the count
 * @param corrected tallies whose numbers changed
 * @param unchanged tallies identical to the current ones
 * @param withdrawn tallies taken out by a snapshot
 * @param errorCount all blocking problems found
 * @param errors the first few hundred of them
 * @param warningCount all warnings
 * @param warnings the first few hundred of them
 * @param duplicateOf for a duplicate, the upload that already brought these bytes (for a dry run:
 * the upload that would make it one)
 * @param kind a file, a dry run or a revert
 * @param reverts for a revert, the upload it undid
 * @param revertedBy the revert in effect that undid this upload, if any
 * @param plannedCorrections for a dry run, the first corrections it would have made
 */
public record UploadReport(long id, UploadStatus status, String fileName, String sha256, long sizeBytes,
		String format, boolean snapshot, String uploadedBy, Instant uploadedAt, Instant finishedAt, int rows,
		int inserted, int corrected, int unchanged, int withdrawn, int errorCount, List<Problem> errors,
		int warningCount, List<Problem> warnings, Long duplicateOf, UploadKind kind, Long reverts, Long revertedBy,
		List<Correction> plannedCorrections) {

	/** Whether this upload can be offered for a revert: committed and not undone. */
	public boolean revertible() {
		return this.status == UploadStatus.COMMITTED && this.revertedBy == null;
	}

}
