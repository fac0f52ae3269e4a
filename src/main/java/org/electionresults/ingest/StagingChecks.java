package org.electionresults.ingest;

import java.util.List;

import org.electionresults.election.Ballot;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks that need the whole file or the stored mesas, run as SQL on the staging table: the same
 * mesa and ballot twice in one file, a mesa placed somewhere other than where it already is (the
 * aggregates are kept per place, so a mesa cannot move silently), a mesa placed differently on two
 * rows of the file, and a polling station placed in two municipalities. Each is reported on the row
 * where it shows, with the first geography column that differs.
 */
final class StagingChecks {

	private static final String DUPLICATES = """
			SELECT line, mesa_code, ballot, first_line FROM (
			    SELECT line, mesa_code, ballot, min(line) OVER (PARTITION BY mesa_code, ballot) AS first_line
			    FROM staging_tally) s
			WHERE line > first_line""";

	/** The first geography key column in which place {@code a} differs from place {@code b}. */
	private static final String DIFFERING_COLUMN = """
			CASE WHEN a.country_id IS DISTINCT FROM b.country_id THEN 'ID_PAIS'
			     WHEN a.region_id IS DISTINCT FROM b.region_id THEN 'ID_DEPARTAMENTO'
			     WHEN a.province_id IS DISTINCT FROM b.province_id THEN 'ID_PROVINCIA'
			     WHEN a.section IS DISTINCT FROM b.section THEN 'SECCION'
			     WHEN a.locality_id IS DISTINCT FROM b.locality_id THEN 'ID_LOCALIDAD'
			     ELSE 'ID_RECINTO' END""";

	private static final String PLACE = "(%1$s.country_id, %1$s.region_id, %1$s.province_id, %1$s.section, "
			+ "%1$s.locality_id, %1$s.station_id)";

	private static final String MOVED = """
			SELECT DISTINCT ON (a.mesa_code) a.line, a.mesa_code, %s AS column_name
			FROM staging_tally a
			JOIN mesa b ON b.election_id = :election AND b.code = a.mesa_code
			WHERE %s IS DISTINCT FROM %s
			ORDER BY a.mesa_code, a.line""".formatted(DIFFERING_COLUMN, PLACE.formatted("a"), PLACE.formatted("b"));

	// Each row of a mesa against the mesa's first row: the first row that differs is reported.
	private static final String PLACES_DIFFER = """
			SELECT DISTINCT ON (a.mesa_code) a.line, a.mesa_code, b.line AS first_line, %s AS column_name
			FROM staging_tally a
			JOIN (SELECT DISTINCT ON (mesa_code) * FROM staging_tally ORDER BY mesa_code, line) b
			  ON b.mesa_code = a.mesa_code
			WHERE %s IS DISTINCT FROM %s
			ORDER BY a.mesa_code, a.line""".formatted(DIFFERING_COLUMN, PLACE.formatted("a"), PLACE.formatted("b"));

	// A station's aggregate is kept under its locality and number, below one municipality: each row
	// against the station's first stored mesa (by code) or, for a new station, its first row in the
	// file. (Without this a file placing two mesas of one station in two municipalities failed the
	// aggregates' upsert with an error 500; the upload fuzz test found it.)
	private static final String STATION_PLACES_DIFFER = """
			SELECT DISTINCT ON (a.mesa_code) a.line, a.mesa_code, a.locality_id, a.station_id, b.mesa_code AS other_mesa,
			       %s AS column_name
			FROM staging_tally a
			JOIN (SELECT DISTINCT ON (locality_id, station_id) *
			      FROM (SELECT 0 AS stored_first, m.code AS position, m.code AS mesa_code, m.locality_id, m.station_id,
			                   m.country_id, m.region_id, m.province_id, m.section
			            FROM mesa m WHERE m.election_id = :election
			            UNION ALL
			            SELECT 1, s.line, s.mesa_code, s.locality_id, s.station_id, s.country_id, s.region_id, s.province_id,
			                   s.section
			            FROM staging_tally s) c
			      ORDER BY locality_id, station_id, stored_first, position) b
			  ON b.locality_id = a.locality_id AND b.station_id = a.station_id
			WHERE (a.country_id, a.region_id, a.province_id, a.section)
			      IS DISTINCT FROM (b.country_id, b.region_id, b.province_id, b.section)
			ORDER BY a.mesa_code, a.line""".formatted(DIFFERING_COLUMN);

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
				List.of(rs.getInt("mesa_code"), Ballot.valueOf(rs.getString("ballot")).exportName(),
						rs.getInt("first_line")))), cap);
		found = found.plus(check(MOVED, cap, (rs, row) -> new Problem(rs.getInt("line"), null,
				rs.getString("column_name"), "ingest.error.mesa-moved", List.of(rs.getInt("mesa_code")))), cap);
		found = found.plus(check(PLACES_DIFFER, cap, (rs, row) -> new Problem(rs.getInt("line"), null,
				rs.getString("column_name"), "ingest.error.mesa-places-differ",
				List.of(rs.getInt("mesa_code"), rs.getInt("first_line")))), cap);
		return found.plus(check(STATION_PLACES_DIFFER, cap, (rs, row) -> new Problem(rs.getInt("line"), null,
				rs.getString("column_name"), "ingest.error.station-places-differ",
				List.of(rs.getInt("mesa_code"), rs.getInt("station_id"), rs.getInt("locality_id"),
						rs.getInt("other_mesa")))), cap);
	}

	/** Runs a check: keeps its first {@code cap} problems in file order, and counts them all. */
	private ProblemList check(String sql, int cap, RowMapper<Problem> mapper) {
		int[] total = { 0 };
		List<Problem> problems = this.jdbc
			.sql("SELECT found.*, count(*) OVER () AS total FROM (" + sql + ") found ORDER BY line LIMIT :cap")
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
