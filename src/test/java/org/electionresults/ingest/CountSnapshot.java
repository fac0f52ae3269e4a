package org.electionresults.ingest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Everything an upload that is not committed must leave as it was: every aggregate row, the
 * tallies by status, every mesa row, the count timeline and the election's data version.
 *
 * @param areaTotals every row of {@code area_total}, as text, in key order
 * @param talliesByStatus how many tally rows have each status
 * @param mesas every row of {@code mesa}, as text, in code order
 * @param countPoints rows of the count timeline
 * @param dataVersion the election's {@code data_version}
 */
record CountSnapshot(List<String> areaTotals, Map<String, Long> talliesByStatus, List<String> mesas,
		long countPoints, long dataVersion) {

	static CountSnapshot of(JdbcClient jdbc) {
		Map<String, Long> tallies = new TreeMap<>();
		jdbc.sql("SELECT status, count(*) FROM tally GROUP BY status")
			.query((rs, row) -> tallies.put(rs.getString(1), rs.getLong(2)))
			.list();
		return new CountSnapshot(
				jdbc.sql("SELECT a::text FROM area_total a ORDER BY ballot, level, area").query(String.class).list(),
				tallies, jdbc.sql("SELECT m::text FROM mesa m ORDER BY code").query(String.class).list(),
				jdbc.sql("SELECT count(*) FROM count_point").query(Long.class).single(),
				jdbc.sql("SELECT data_version FROM election").query(Long.class).single());
	}

	long tallies() {
		return this.talliesByStatus.values().stream().mapToLong(Long::longValue).sum();
	}

}
