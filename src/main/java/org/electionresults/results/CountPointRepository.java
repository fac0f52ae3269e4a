package org.electionresults.results;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the count timeline that every committed upload extends. */
@Repository
class CountPointRepository {

	private final JdbcClient jdbc;

	CountPointRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CountPoint> all(int electionId) {
		return this.jdbc.sql("""
				SELECT upload_id, recorded_at, mesas, registered, emitted, votes FROM count_point
				WHERE election_id = ? ORDER BY recorded_at, upload_id""")
			.param(electionId)
			.query((rs, row) -> new CountPoint(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getInt(3),
					rs.getLong(4), rs.getLong(5), Arrays.asList((Long[]) rs.getArray(6).getArray())))
			.list();
	}

}
