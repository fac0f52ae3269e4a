package org.electionresults.results;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.electionresults.election.Ballot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the aggregates kept by the uploads; never the tallies themselves. */
@Repository
class AreaTotalRepository {

	private static final String COLUMNS = """
			ballot, level, area, name, parent_level, parent_area, mesas, registered, emitted, valid, blank,
			null_votes, votes, updated_at""";

	private final JdbcClient jdbc;

	AreaTotalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AreaTotal> find(int electionId, Ballot ballot, AreaLevel level, String area) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM area_total WHERE election_id = ? AND ballot = ? AND level = ? AND area = ?")
			.param(electionId)
			.param(ballot.name())
			.param(level.name())
			.param(area)
			.query(AreaTotalRepository::map)
			.optional();
	}

	List<AreaTotal> byLevel(int electionId, Ballot ballot, AreaLevel level) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM area_total WHERE election_id = ? AND ballot = ? AND level = ? ORDER BY name")
			.param(electionId)
			.param(ballot.name())
			.param(level.name())
			.query(AreaTotalRepository::map)
			.list();
	}

	List<AreaTotal> children(int electionId, Ballot ballot, AreaLevel level, AreaLevel parentLevel,
			String parentArea) {
		// COLUMNS ends without a space and a text block strips leading ones: join with a space.
		return this.jdbc.sql("SELECT " + COLUMNS + " " + """
				FROM area_total WHERE election_id = ? AND ballot = ? AND level = ? AND parent_level = ?
				AND parent_area = ? ORDER BY name""")
			.param(electionId)
			.param(ballot.name())
			.param(level.name())
			.param(parentLevel.name())
			.param(parentArea)
			.query(AreaTotalRepository::map)
			.list();
	}

	/** The polling stations of a department (their parent is a municipality of it). */
	List<AreaTotal> stationsOfDepartment(int electionId, Ballot ballot, int departmentId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " " + """
				FROM area_total WHERE election_id = ? AND ballot = ? AND level = 'STATION'
				AND parent_level = 'MUNICIPALITY' AND parent_area LIKE ?""")
			.param(electionId)
			.param(ballot.name())
			.param(AreaKey.department(departmentId).value() + AreaKey.SEPARATOR + "%")
			.query(AreaTotalRepository::map)
			.list();
	}

	private static AreaTotal map(ResultSet rs, int row) throws SQLException {
		String parentLevel = rs.getString("parent_level");
		Timestamp updated = rs.getTimestamp("updated_at");
		return new AreaTotal(Ballot.valueOf(rs.getString("ballot")), AreaLevel.valueOf(rs.getString("level")),
				rs.getString("area"), rs.getString("name"), (parentLevel != null) ? AreaLevel.valueOf(parentLevel) : null,
				rs.getString("parent_area"), rs.getInt("mesas"),
				new ActaNumbers(rs.getLong("registered"), votes(rs.getArray("votes")), rs.getLong("valid"),
						rs.getLong("blank"), rs.getLong("null_votes"), rs.getLong("emitted")),
				(updated != null) ? updated.toInstant() : null);
	}

	private static List<Long> votes(Array array) throws SQLException {
		return Arrays.asList((Long[]) array.getArray());
	}

}
