package org.electionresults.publications;

import java.time.Instant;
import java.util.List;

/**
 * What the footer of every public page shows, read in the same snapshot as the page: the current
 * publication, how long ago it was, and the active notices.
 *
 * @param number the latest publication's number
 * @param sha256 its manifest's SHA-256
 * @param committedAt when it was published
 * @param minutesAgo whole minutes between then and the read
 * @param notices the active notices, newest first
 */
public record Heartbeat(int number, String sha256, Instant committedAt, long minutesAgo, List<Notice> notices) {

	public static final String ATTRIBUTE = "heartbeat";

	public String shortHash() {
		return this.sha256.substring(0, 12);
	}

}
