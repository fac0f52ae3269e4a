package org.electionresults.results;

import java.time.Instant;

import org.electionresults.election.Ballot;

/**
 * One version of one acta of a mesa.
 *
 * @param ballot the ballot
 * @param version 1 for the first upload, then one more for every correction
 * @param status {@code CURRENT}, {@code SUPERSEDED} or {@code WITHDRAWN}
 * @param constituency uninominal or special constituency, 0 for the presidential ballot
 * @param numbers the acta's numbers as uploaded
 * @param uploadId the upload that brought this version
 * @param uploadedAt when that upload landed
 * @param replacedBy the upload that superseded or withdrew it, if any
 */
public record MesaTally(Ballot ballot, int version, String status, int constituency, ActaNumbers numbers,
		long uploadId, Instant uploadedAt, Long replacedBy) {

	public boolean current() {
		return "CURRENT".equals(this.status);
	}

}
