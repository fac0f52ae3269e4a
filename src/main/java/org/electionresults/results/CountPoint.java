package org.electionresults.results;

import java.time.Instant;
import java.util.List;

/**
 * The national presidential count as it stood after one committed upload: one point of
 * the count timeline. Votes are the raw acta sums; the withdrawn-party rule is applied
 * where they are shown.
 *
 * @param uploadId the upload
 * @param recordedAt when it landed
 * @param mesas presidential actas counted
 * @param registered registered voters of the counted mesas
 * @param emitted votes cast
 * @param votes votes per party, in column order (index = position - 1)
 */
public record CountPoint(long uploadId, Instant recordedAt, int mesas, long registered, long emitted,
		List<Long> votes) {

	public CountPoint {
		votes = List.copyOf(votes);
	}

}
