package org.electionresults.ingest;

import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks that need the whole file or the stored mesas, run as SQL on the staging table: the same
 * mesa and ballot twice in one file, and a mesa placed somewhere other than where it already is (the
 * aggregates are kept per place, so a mesa cannot move silently).
 */
final class StagingChecks {

	private static final String DUPLICATES = """
			SELECT line, mesa_code, ballot, first_line, count(*) OVER () AS total FROM (
			    SELECT line, mesa_code, ballot, min(line) OVER (PARTITION BY mesa_code, ballot) AS first_line
			    FROM staging_tally) s
			WHERE line > first_line ORDER BY line LIMIT :cap""";

	private static final String MOVED = """
			SELECT min(s.line) AS line, s.mesa_code, count(*) OVER () AS total FROM staging_tally s
			JOIN mesa m ON m.election_id = :election AND m.code = s.mesa_code
			WHERE (m.country_id, m.region_id, m.province_id, m.section, m.locality_id, m.station_id)
			      IS DISTINCT FROM (s.country_id, s.region_id, s.province_id, s.section, s.locality_id, s.station_id)
			GROUP BY s.mesa_code ORDER BY 1 LIMIT :cap""";

	private static final String PLACES_DIFFER = """
			SELECT min(s.line) AS line, s.mesa_code, count(*) OVER () AS total FROM staging_tally s
			GROUP BY s.mesa_code
			HAVING count(DISTINCT (s.country_id, s.region_id, s.province_id, s.section, s.locality_id, s.station_id)) > 1
			ORDER BY 1 LIMIT :cap""";

	private final JdbcClient jdbc;

	private final int electionId;

	StagingChecks(JdbcClient jdbc, int electionId) {
		this.jdbc = jdbc;
		this.electionId = electionId;
	}

	ProblemList problems(int cap) {
		ProblemList found = ProblemList.none();
		found = found.plus(check(DUPLICATES, cap, (rs, row) -> new Problem(rs.getInt("line"), null, "CODIGO_MESA",
				"ingest.error.duplicate-tally",
				List.of(rs.getInt("mesa_code"), rs.getString("ballot"), rs.getInt("first_line")))), cap);
		found = found.plus(check(MOVED, cap, (rs, row) -> new Problem(rs.getInt("line"), null, "ID_RECINTO",
				"ingest.error.mesa-moved", List.of(rs.getInt("mesa_code")))), cap);
		return found.plus(check(PLACES_DIFFER, cap, (rs, row) -> new Problem(rs.getInt("line"), null, "ID_RECINTO",
				"ingest.error.mesa-places-differ", List.of(rs.getInt("mesa_code")))), cap);
	}

	private ProblemList check(String sql, int cap, RowMapper<Problem> mapper) {
		int[] total = { 0 };
		List<Problem> problems = this.jdbc.sql(sql)
			.param("cap", cap)
			.param("election", this.electionId)
			.query((rs, row) -> {
				total[0] = rs.getInt("total");
				return mapper.mapRow(rs, row);
			})
			.list();
		return new ProblemList(problems, total[0]);
	}

}
