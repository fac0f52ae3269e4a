package org.electionresults.review;

import java.util.List;
import java.util.stream.Collectors;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review rules in set-based SQL (the same rules as {@link ReviewRules}, which the tests check
 * this against), run in the upload's transaction for every polling station whose presidential actas
 * the upload added, corrected or withdrew: the station's flags are deleted and computed again from
 * its current actas. The medians of "the station's other mesas" come from one sorted array per
 * station and figure: leaving out the mesa at rank r, the k-th of the others is the k-th of all when
 * k < r, the (k+1)-th otherwise, so each mesa's median is read from four places of its station's
 * array and no mesa is compared with every other one.
 */
final class ReviewFlagUpdater {

	private final JdbcClient jdbc;

	private final ReviewThresholds thresholds;

	private final String actas;

	private final String rankedFigures;

	private final String running;

	ReviewFlagUpdater(JdbcClient jdbc, ReviewThresholds thresholds, ElectionCatalog election) {
		this.jdbc = jdbc;
		this.thresholds = thresholds;
		List<ElectionCatalog.PartyInfo> parties = election.partiesOn(Ballot.PRESIDENT);
		String valid = parties.stream()
			.filter((party) -> !party.withdrawn())
			.map((party) -> "coalesce(t.votes[" + party.position() + "], 0)")
			.collect(Collectors.joining(" + "));
		String withdrawn = parties.stream()
			.filter(ElectionCatalog.PartyInfo::withdrawn)
			.map((party) -> " + coalesce(t.votes[" + party.position() + "], 0)")
			.collect(Collectors.joining());
		this.running = parties.stream()
			.filter((party) -> !party.withdrawn())
			.map((party) -> Integer.toString(party.position()))
			.collect(Collectors.joining(", ", "ARRAY[", "]"));
		this.actas = """
				CREATE TEMP TABLE review_acta ON COMMIT DROP AS
				SELECT t.mesa_code, m.locality_id, m.station_id, t.registered::bigint AS registered,
				       t.emitted::bigint AS cast_votes, t.blank::bigint AS blank,
				       (t.null_votes%s)::bigint AS null_votes, (%s)::bigint AS valid, t.votes,
				       count(*) OVER (PARTITION BY m.locality_id, m.station_id) AS counted
				FROM review_station s
				JOIN mesa m ON m.election_id = :election AND m.locality_id = s.locality_id AND m.station_id = s.station_id
				JOIN tally t ON t.election_id = :election AND t.mesa_code = m.code AND t.ballot = 'PRESIDENT'
				                AND t.status = 'CURRENT'""".formatted(withdrawn, valid);
		// One row per mesa and compared figure: each running party's share of the valid votes
		// (position > 0) and the turnout (position 0), gathered per station and figure into arrays
		// sorted by the figure (PostgreSQL sorts once for the grouping and all three arrays), then
		// unnested with each mesa's rank. The figures are fractions x/d <= 1 (the upload checks votes
		// <= cast <= registered); below 2^26 in the denominator two different ones are more than one
		// double-precision step apart and equal ones round alike, so ordering by x/d in double
		// precision is exact; an absurdly large mesa is ordered in numeric. (Ordering everything in
		// numeric cost 40 % of the recomputation; a window ranking written to a temporary table,
		// then joined with the middle ranks per station, took 0.55 s of a national upload, these
		// arrays 0.33 s.)
		String order = "r.x::float8 / r.d, CASE WHEN r.d >= 67108864 THEN r.x::numeric(60, 30) / r.d END, r.mesa_code";
		this.rankedFigures = """
				SELECT u.mesa_code, g.position, u.x, u.d, u.rank, g.n, g.xs, g.ds
				FROM (
				    SELECT r.locality_id, r.station_id, r.position, count(*)::integer AS n,
				           array_agg(r.mesa_code ORDER BY %2$s) AS ms, array_agg(r.x ORDER BY %2$s) AS xs,
				           array_agg(r.d ORDER BY %2$s) AS ds
				    FROM (
				        SELECT a.mesa_code, a.locality_id, a.station_id, p.position, a.votes[p.position]::bigint AS x,
				               a.valid AS d
				        FROM review_acta a CROSS JOIN unnest(%1$s) AS p(position)
				        WHERE a.counted >= :minMesas AND a.valid > 0
				        UNION ALL
				        SELECT a.mesa_code, a.locality_id, a.station_id, 0, a.cast_votes, a.registered
				        FROM review_acta a
				        WHERE a.counted >= :minMesas AND a.registered > 0
				    ) r
				    GROUP BY r.locality_id, r.station_id, r.position
				    HAVING count(*) >= 2
				) g
				CROSS JOIN LATERAL unnest(g.ms, g.xs, g.ds) WITH ORDINALITY AS u(mesa_code, x, d, rank)"""
			.formatted(this.running, order);
	}

	/** Recomputes the flags of every station whose presidential actas upload {@code uploadId} changed. */
	void apply(int electionId, long uploadId) {
		this.jdbc.sql("""
				CREATE TEMP TABLE review_station ON COMMIT DROP AS
				SELECT DISTINCT m.locality_id, m.station_id
				FROM tally t JOIN mesa m ON m.election_id = t.election_id AND m.code = t.mesa_code
				WHERE t.election_id = :election AND t.ballot = 'PRESIDENT'
				  AND (t.upload_id = :upload OR t.replaced_by = :upload)""")
			.param("election", electionId)
			.param("upload", uploadId)
			.update();
		this.jdbc.sql("""
				DELETE FROM review_flag f USING mesa m, review_station s
				WHERE f.election_id = :election AND m.election_id = :election AND m.code = f.mesa_code
				  AND m.locality_id = s.locality_id AND m.station_id = s.station_id""")
			.param("election", electionId)
			.update();
		this.jdbc.sql(this.actas).param("election", electionId).update();
		ReviewThresholds t = this.thresholds;
		this.jdbc.sql("""
				INSERT INTO review_flag (election_id, mesa_code, rule, party_position, value, base)
				SELECT :election, a.mesa_code, 'FULL_TURNOUT', NULL::integer, a.cast_votes, a.registered
				FROM review_acta a WHERE a.registered > 0 AND a.cast_votes = a.registered
				UNION ALL
				SELECT :election, a.mesa_code, 'HIGH_NULL', NULL::integer, a.null_votes, a.cast_votes
				FROM review_acta a WHERE a.cast_votes > 0 AND a.null_votes * 100 >= :nullPercent * a.cast_votes
				UNION ALL
				SELECT :election, a.mesa_code, 'HIGH_BLANK', NULL::integer, a.blank, a.cast_votes
				FROM review_acta a WHERE a.cast_votes > 0 AND a.blank * 100 >= :blankPercent * a.cast_votes
				UNION ALL
				(SELECT DISTINCT ON (a.mesa_code) :election, a.mesa_code, 'ONE_PARTY', p.position,
				       a.votes[p.position], a.valid
				FROM review_acta a CROSS JOIN unnest(%s) AS p(position)
				WHERE a.valid >= :minValid AND a.valid > 0 AND a.votes[p.position]::bigint * 100 >= :onePercent * a.valid
				ORDER BY a.mesa_code, p.position)""".formatted(this.running))
			.param("election", electionId)
			.param("nullPercent", t.highNullPercent())
			.param("blankPercent", t.highBlankPercent())
			.param("minValid", t.onePartyMinValid())
			.param("onePercent", t.onePartyPercent())
			.update();
		// Leaving out the mesa at rank r, the two middle ranks of the others (the same one twice for an
		// odd number) are n/2 and (n-1)/2 + 1, each taken one place up when it is not below r.
		// The median of the others is m = (a1/d1 + a2/d2) / 2; out of line when |x/d - m| >= points/100,
		// i.e. |200*x*d1*d2 - 100*d*(a1*d2 + a2*d1)| >= 2*points*d*d1*d2, compared in numeric (exact). A
		// double-precision test with a wide margin first skips the mesas that are clearly in line.
		this.jdbc.sql("""
				INSERT INTO review_flag (election_id, mesa_code, rule, party_position, value, base, median_num, median_den)
				SELECT DISTINCT ON (c.mesa_code, c.position = 0)
				       :election, c.mesa_code, CASE WHEN c.position = 0 THEN 'TURNOUT_OUT_OF_LINE' ELSE 'SHARE_OUT_OF_LINE' END,
				       nullif(c.position, 0), c.x, c.d, c.a1 * c.d2 + c.a2 * c.d1, 2 * c.d1 * c.d2
				FROM (
				    SELECT s.mesa_code, s.position, s.x, s.d,
				           CASE WHEN s.position = 0 THEN :turnoutPoints ELSE :sharePoints END AS points,
				           CASE WHEN s.n / 2 < s.rank THEN s.xs[s.n / 2] ELSE s.xs[s.n / 2 + 1] END AS a1,
				           CASE WHEN s.n / 2 < s.rank THEN s.ds[s.n / 2] ELSE s.ds[s.n / 2 + 1] END AS d1,
				           CASE WHEN (s.n - 1) / 2 + 1 < s.rank THEN s.xs[(s.n - 1) / 2 + 1] ELSE s.xs[(s.n - 1) / 2 + 2] END AS a2,
				           CASE WHEN (s.n - 1) / 2 + 1 < s.rank THEN s.ds[(s.n - 1) / 2 + 1] ELSE s.ds[(s.n - 1) / 2 + 2] END AS d2
				    FROM (%s) s
				) c
				WHERE CASE WHEN abs(c.x::float8 / c.d - (c.a1::float8 / c.d1 + c.a2::float8 / c.d2) / 2) < c.points::float8 / 100 - 1e-9::float8
				           THEN false
				           ELSE abs(200 * c.x::numeric * c.d1 * c.d2 - 100 * c.d::numeric * (c.a1::numeric * c.d2 + c.a2::numeric * c.d1))
				                >= 2 * c.points * c.d::numeric * c.d1 * c.d2
				      END
				ORDER BY c.mesa_code, c.position = 0,
				         abs(200 * c.x::numeric * c.d1 * c.d2 - 100 * c.d::numeric * (c.a1::numeric * c.d2 + c.a2::numeric * c.d1))::numeric(80, 40)
				             / (200 * c.d::numeric * c.d1 * c.d2) DESC,
				         c.position""".formatted(this.rankedFigures))
			.param("election", electionId)
			.param("minMesas", t.stationMinMesas())
			.param("turnoutPoints", t.turnoutPoints())
			.param("sharePoints", t.sharePoints())
			.update();
		this.jdbc.sql("DROP TABLE review_station, review_acta").update();
	}

}
