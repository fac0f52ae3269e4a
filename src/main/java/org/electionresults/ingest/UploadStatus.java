package org.electionresults.ingest;

/** How an upload ended. */
public enum UploadStatus {

	/** Validated and applied: its tallies are in the totals. */
	COMMITTED,

	/** The same bytes as an earlier committed upload: nothing to do. */
	DUPLICATE,

	/** Invalid: nothing was written but the record of the attempt. */
	REJECTED

}
