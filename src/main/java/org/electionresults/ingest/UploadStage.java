package org.electionresults.ingest;

/** The steps of an upload, in the order they happen; a client follows them while it runs. */
public enum UploadStage {

	/** The file is read and every row checked and copied into the staging table; rows are counted. */
	READING,

	/** Whole-file checks on the staged rows: the same acta twice, a mesa moved elsewhere. */
	STAGING,

	/** Classifying rows as new, unchanged or corrected and writing the new tally versions. */
	MERGING,

	/** Adding the changes to the aggregates of every area. */
	AGGREGATES,

	/** Recording the upload and committing (or, for a dry run, rolling back). */
	COMMITTING,

	/** Finished: the upload's report is in the history. */
	DONE

}
