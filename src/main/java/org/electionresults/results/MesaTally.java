package org.electionresults.results;

import java.time.Instant;
import java.util.List;

import org.electionresults.election.Ballot;

/**
 * One version of one acta of a mesa.
 *
 * @param ballot the ballot
 * @param version 1 for the first upload, then one more for every correction
 * @param status {@code CURRENT}, {@code SUPERSEDED} or {@code WITHDRAWN}
 * @param constituency uninominal or special constituency, 0 for the presidential ballot
 * @param registered registered voters
 * @param votes votes per party, in column order
 * @param valid valid votes as written
 * @param blank blank votes
 * @param nullVotes null votes as written
 * @param emitted votes cast
 * @param uploadId the upload that brought this version
 * @param uploadedAt when that upload landed
 * @param replacedBy the upload that superseded or withdrew it, if any
 */
public record MesaTally(Ballot ballot, int version, String status, int constituency, int registered,
		List<Integer> votes, int valid, int blank, int nullVotes, int emitted, long uploadId, Instant uploadedAt,
		Long replacedBy) {

	public MesaTally {
		votes = List.copyOf(votes);
	}

	public boolean current() {
		return "CURRENT".equals(this.status);
	}

}
