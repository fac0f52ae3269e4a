package org.electionresults.ingest;

/** How an upload ended. */
public enum UploadStatus {

	/** Still being read or applied; never stored, only shown while it runs. */
	RUNNING,

	/** Validated and applied: its tallies are in the totals. */
	COMMITTED,

	/** The same bytes as an earlier committed upload: nothing to do. */
	DUPLICATE,

	/** Invalid: nothing was written but the record of the attempt. */
	REJECTED,

	/** A dry run without errors: what it would do is in its report; nothing changed. */
	CHECKED

}
