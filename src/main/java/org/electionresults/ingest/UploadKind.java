package org.electionresults.ingest;

/** What an entry of the upload history is. */
public enum UploadKind {

	/** A file sent to be applied. */
	FILE,

	/** A dry run: a file read, checked and merged, then rolled back; it changed nothing. */
	CHECK,

	/** The undoing of an earlier committed upload, committed like an upload of its own. */
	REVERT

}
