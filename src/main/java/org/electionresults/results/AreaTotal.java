package org.electionresults.results;

import java.time.Instant;

import org.electionresults.election.Ballot;

/**
 * The raw sums of the current actas of one ballot in one area, as uploaded.
 *
 * @param ballot the ballot
 * @param level the level of the area
 * @param area the area key (see {@link AreaLevel})
 * @param name the area's name
 * @param parentLevel the level of the area above, or {@code null}
 * @param parentArea the key of the area above, or {@code null}
 * @param mesas actas counted
 * @param sums the sums of the six acta numbers over the counted actas
 * @param updatedAt when an upload last changed these sums
 */
public record AreaTotal(Ballot ballot, AreaLevel level, String area, String name, AreaLevel parentLevel,
		String parentArea, int mesas, ActaNumbers sums, Instant updatedAt) {

	/** Nothing counted yet in an area. */
	public static AreaTotal empty(Ballot ballot, AreaLevel level, String area, String name, int parties) {
		return new AreaTotal(ballot, level, area, name, null, null, 0, ActaNumbers.none(parties), null);
	}

	public long votesAt(int position) {
		return this.sums.votesAt(position);
	}

}
