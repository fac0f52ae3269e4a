package org.electionresults.system;

/**
 * Something every public page shows besides its body (the footer's publication and notices), read
 * by {@link SnapshotReader} inside the same snapshot as the body, so that the two never disagree.
 * Features implement it; the value is exposed as a request attribute (and template variable).
 */
public interface SnapshotDetails {

	/** Name of the request attribute the value is exposed as. */
	String attribute();

	/** Reads the value; called inside the snapshot's read-only transaction. */
	Object read();

}
