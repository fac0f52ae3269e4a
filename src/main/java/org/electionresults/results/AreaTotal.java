package org.electionresults.results;

import java.time.Instant;
import java.util.List;

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
 * @param registered registered voters of the counted mesas
 * @param emitted votes cast
 * @param valid valid votes as written on the actas (withdrawn parties included)
 * @param blank blank votes
 * @param nullVotes null votes as written on the actas
 * @param votes votes per party, in column order (index = position - 1)
 * @param updatedAt when an upload last changed these sums
 */
public record AreaTotal(Ballot ballot, AreaLevel level, String area, String name, AreaLevel parentLevel,
		String parentArea, int mesas, long registered, long emitted, long valid, long blank, long nullVotes,
		List<Long> votes, Instant updatedAt) {

	public AreaTotal {
		votes = List.copyOf(votes);
	}

	/** Nothing counted yet in an area. */
	public static AreaTotal empty(Ballot ballot, AreaLevel level, String area, String name, int parties) {
		return new AreaTotal(ballot, level, area, name, null, null, 0, 0, 0, 0, 0, 0,
				java.util.Collections.nCopies(parties, 0L), null);
	}

	public long votesAt(int position) {
		return this.votes.get(position - 1);
	}

}
