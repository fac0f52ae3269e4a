package org.electionresults.ingest;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What must hold after any upload, committed or not: the aggregates equal the sums over the
 * current tallies (national, region and uninominal constituency, every ballot), and no tally
 * comes from an upload that was not committed.
 */
final class TallyInvariants {

	private static final String SUMS = """
			count(*) AS mesas, sum(registered) AS registered, sum(emitted) AS emitted, sum(valid) AS valid,
			sum(blank) AS blank, sum(null_votes) AS null_votes, %s AS votes""";

	private static final String MISMATCHES = """
			WITH current AS (
			    SELECT t.ballot, t.constituency, t.registered, t.emitted, t.valid, t.blank, t.null_votes, t.votes,
			           m.country_id, m.region_id
			    FROM tally t JOIN mesa m ON m.election_id = t.election_id AND m.code = t.mesa_code
			    WHERE t.status = 'CURRENT'),
			expected AS (
			    SELECT ballot, 'NATIONAL' AS level, '' AS area, %1$s FROM current GROUP BY ballot
			    UNION ALL
			    SELECT ballot, 'REGION', country_id || ':' || region_id, %1$s FROM current
			    GROUP BY ballot, country_id, region_id
			    UNION ALL
			    SELECT ballot, 'UNINOMINAL', constituency::text, %1$s FROM current WHERE ballot = 'UNINOMINAL'
			    GROUP BY ballot, constituency),
			actual AS (
			    SELECT ballot, level, area, mesas, registered, emitted, valid, blank, null_votes, votes
			    FROM area_total WHERE level IN ('NATIONAL', 'REGION', 'UNINOMINAL'))
			SELECT concat_ws(' ', coalesce(e.ballot, a.ballot), coalesce(e.level, a.level), coalesce(e.area, a.area),
			       'area_total', coalesce(ROW(a.mesas, a.registered, a.emitted, a.valid, a.blank, a.null_votes,
			           a.votes)::text, 'missing'),
			       'tallies', coalesce(ROW(e.mesas, e.registered, e.emitted, e.valid, e.blank, e.null_votes,
			           e.votes)::text, 'none'))
			FROM expected e
			FULL JOIN actual a ON a.ballot = e.ballot AND a.level = e.level AND a.area = e.area
			WHERE ROW(e.mesas, e.registered, e.emitted, e.valid, e.blank, e.null_votes, e.votes)
			      IS DISTINCT FROM ROW(a.mesas, a.registered, a.emitted, a.valid, a.blank, a.null_votes, a.votes)""";

	private static final String UNCOMMITTED = """
			SELECT t.id || ' of upload ' || u.id || ' ' || u.status FROM tally t
			JOIN upload u ON u.id = t.upload_id OR u.id = t.replaced_by
			WHERE u.status <> 'COMMITTED'""";

	private TallyInvariants() {
	}

	static void assertHold(JdbcClient jdbc, String when) {
		int parties = jdbc.sql("SELECT count(*) FROM party").query(Integer.class).single();
		String votes = IntStream.rangeClosed(1, parties)
			.mapToObj((position) -> "sum(votes[" + position + "])")
			.collect(Collectors.joining(", ", "ARRAY[", "]::bigint[]"));
		List<String> mismatches = jdbc.sql(MISMATCHES.formatted(SUMS.formatted(votes))).query(String.class).list();
		assertThat(mismatches).as("aggregates that differ from the current tallies " + when).isEmpty();
		assertThat(jdbc.sql(UNCOMMITTED).query(String.class).list())
			.as("tallies written or replaced by an upload that was not committed " + when)
			.isEmpty();
	}

}
