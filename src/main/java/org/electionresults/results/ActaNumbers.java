package org.electionresults.results;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The six numbers of an acta, or their sums over several actas: registered voters, votes per party,
 * valid, blank and null votes as written, and votes cast. The one value type for them, whether
 * read from a file, stored as a version of a mesa's tally, or summed over an area.
 *
 * @param registered registered voters (INSCRITOS_HABILITADOS)
 * @param votes votes per party in the election's column order ({@code votes[position - 1]}); 0
 * for a party not on the ballot
 * @param valid valid votes as written (VOTO_VALIDO; withdrawn parties included)
 * @param blank blank votes
 * @param nullVotes null votes as written
 * @param emitted votes cast
 */
public record ActaNumbers(long registered, List<Long> votes, long valid, long blank, long nullVotes, long emitted) {

	public ActaNumbers {
		votes = List.copyOf(votes);
		if (registered < 0 || valid < 0 || blank < 0 || nullVotes < 0 || emitted < 0
				|| votes.stream().anyMatch((value) -> value < 0)) {
			throw new IllegalArgumentException("Acta numbers cannot be negative: " + registered + " " + votes + " "
					+ valid + " " + blank + " " + nullVotes + " " + emitted);
		}
	}

	/** Nothing counted. */
	public static ActaNumbers none(int parties) {
		return new ActaNumbers(0, Collections.nCopies(parties, 0L), 0, 0, 0, 0);
	}

	/** The votes of the party at a 1-based column position. */
	public long votesAt(int position) {
		return this.votes.get(position - 1);
	}

	/**
	 * Reads the six numbers from consecutive columns starting at {@code first}: registered, votes,
	 * valid, blank, null_votes, emitted (the order of table {@code tally}).
	 */
	public static ActaNumbers read(ResultSet rs, int first) throws SQLException {
		List<Long> votes = new ArrayList<>();
		for (Integer value : (Integer[]) rs.getArray(first + 1).getArray()) {
			votes.add(value.longValue());
		}
		return new ActaNumbers(rs.getLong(first), votes, rs.getLong(first + 2), rs.getLong(first + 3),
				rs.getLong(first + 4), rs.getLong(first + 5));
	}

}
