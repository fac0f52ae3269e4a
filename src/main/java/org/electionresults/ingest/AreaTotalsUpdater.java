package org.electionresults.ingest;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.electionresults.election.ElectionCatalog;
import org.electionresults.results.AreaKey;
import org.electionresults.results.AreaLevel;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Adds the signed contributions in {@code tally_delta} to {@code area_total}, in the upload's
 * transaction: first summed once per polling station and constituency ({@code area_delta}, a few
 * thousand rows for a national file), then one set-based statement per level over those sums. The
 * cost follows the size of the upload, not the number of tallies already stored.
 */
final class AreaTotalsUpdater {

	/**
	 * How one level groups the contributions.
	 *
	 * @param level the level
	 * @param filter which contributions count at this level
	 * @param groupBy the grouping columns
	 * @param area the area key
	 * @param name the display name
	 * @param parentLevel the level of the area above, or {@code NULL}
	 * @param parentArea the key of the area above, or {@code NULL}
	 */
	private record Grouping(AreaLevel level, String filter, String groupBy, String area, String name,
			String parentLevel, String parentArea) {

	}

	// Area keys (AreaKey) built in SQL: ids joined by its separator.
	private static final String SEP = " || '" + AreaKey.SEPARATOR + "' || ";

	private static final String REGION_KEY = "d.country_id" + SEP + "d.region_id";

	private static final String MUNICIPALITY_KEY = REGION_KEY + SEP + "d.province_id" + SEP + "d.section";

	private static final List<Grouping> GROUPINGS = List.of(
			new Grouping(AreaLevel.NATIONAL, "true", "d.ballot", "''", "''", "NULL", "NULL"),
			new Grouping(AreaLevel.ABROAD, "d.country_id <> " + ElectionCatalog.BOLIVIA, "d.ballot", "''", "''", "'NATIONAL'", "''"),
			new Grouping(AreaLevel.COUNTRY, "true", "d.ballot, d.country_id", "d.country_id::text", name("country"),
					"CASE WHEN d.country_id = " + ElectionCatalog.BOLIVIA + " THEN 'NATIONAL' ELSE 'ABROAD' END", "''"),
			new Grouping(AreaLevel.REGION, "true", "d.ballot, d.country_id, d.region_id", REGION_KEY, name("region"),
					"'COUNTRY'", "d.country_id::text"),
			new Grouping(AreaLevel.PROVINCE, "true", "d.ballot, d.country_id, d.region_id, d.province_id",
					REGION_KEY + SEP + "d.province_id", name("province"), "'REGION'", REGION_KEY),
			new Grouping(AreaLevel.MUNICIPALITY, "true",
					"d.ballot, d.country_id, d.region_id, d.province_id, d.section", MUNICIPALITY_KEY,
					name("municipality"), "'REGION'", REGION_KEY),
			// ID_RECINTO is numbered within a locality: a station is its locality and its number.
			new Grouping(AreaLevel.STATION, "true",
					"d.ballot, d.locality_id, d.station_id, d.country_id, d.region_id, d.province_id, d.section",
					"d.locality_id" + SEP + "d.station_id", name("station"), "'MUNICIPALITY'", MUNICIPALITY_KEY),
			new Grouping(AreaLevel.UNINOMINAL, "d.ballot = 'UNINOMINAL'", "d.ballot, d.constituency, d.region_id",
					"d.constituency::text", "d.constituency::text", "'REGION'", "'" + ElectionCatalog.BOLIVIA + AreaKey.SEPARATOR + "' || d.region_id"),
			new Grouping(AreaLevel.SPECIAL, "d.ballot = 'SPECIAL'", "d.ballot, d.constituency, d.region_id",
					"d.constituency::text", "d.constituency::text", "'REGION'", "'" + ElectionCatalog.BOLIVIA + AreaKey.SEPARATOR + "' || d.region_id"));

	/** The mesa columns that give areas their names here; a mesa renamed in these renames its areas. */
	static final List<String> NAME_COLUMNS = List.of("country", "region", "province", "municipality", "station");

	private final JdbcClient jdbc;

	private final String stationSums;

	private final List<String> statements;

	AreaTotalsUpdater(JdbcClient jdbc, int parties) {
		this.jdbc = jdbc;
		this.stationSums = stationSums(parties);
		String votes = IntStream.rangeClosed(1, parties)
			.mapToObj((position) -> "sum(d.votes[" + position + "])")
			.collect(Collectors.joining(", ", "ARRAY[", "]::bigint[]"));
		this.statements = GROUPINGS.stream().map((grouping) -> upsert(grouping, votes)).toList();
	}

	void apply(int electionId) {
		this.jdbc.sql(this.stationSums).update();
		for (String statement : this.statements) {
			this.jdbc.sql(statement).param("election", electionId).update();
		}
		this.jdbc.sql("DELETE FROM area_total WHERE election_id = :election AND mesas = 0")
			.param("election", electionId)
			.update();
		// Pages read area_total by key: stale statistics send those reads through the wrong index.
		new TableStatistics(this.jdbc).analyzeIfOutgrown(TableStatistics.AREA_TOTAL, "SELECT count(*) FROM area_total");
	}

	private static String name(String column) {
		// The newest name wins; a withdrawal alone keeps the name it had.
		return "coalesce(max(d." + column + "_new), max(d." + column + "_any))";
	}

	private static String stationSums(int parties) {
		String names = NAME_COLUMNS.stream()
			.map((column) -> "max(d.%1$s) FILTER (WHERE d.sign > 0) AS %1$s_new, max(d.%1$s) AS %1$s_any"
				.formatted(column))
			.collect(Collectors.joining(", "));
		String votes = IntStream.rangeClosed(1, parties)
			.mapToObj((position) -> "sum(d.sign * d.votes[" + position + "])")
			.collect(Collectors.joining(", ", "ARRAY[", "]::bigint[]"));
		return """
				CREATE TEMP TABLE area_delta ON COMMIT DROP AS
				SELECT d.ballot, d.country_id, d.region_id, d.province_id, d.section, d.locality_id, d.station_id,
				       d.constituency, %s, sum(d.sign) AS mesas, sum(d.sign * d.registered) AS registered,
				       sum(d.sign * d.emitted) AS emitted, sum(d.sign * d.valid) AS valid,
				       sum(d.sign * d.blank) AS blank, sum(d.sign * d.null_votes) AS null_votes, %s AS votes
				FROM tally_delta d
				GROUP BY d.ballot, d.country_id, d.region_id, d.province_id, d.section, d.locality_id, d.station_id,
				         d.constituency""".formatted(names, votes);
	}

	private static String upsert(Grouping grouping, String votes) {
		return """
				INSERT INTO area_total AS a (election_id, ballot, level, area, parent_level, parent_area, name, mesas,
				                             registered, emitted, valid, blank, null_votes, votes, updated_at)
				SELECT :election, d.ballot, '%s', %s, %s, %s, %s, sum(d.mesas), sum(d.registered), sum(d.emitted),
				       sum(d.valid), sum(d.blank), sum(d.null_votes), %s, now()
				FROM area_delta d
				WHERE %s
				GROUP BY %s
				ON CONFLICT (election_id, ballot, level, area) DO UPDATE SET
				    name = excluded.name,
				    mesas = a.mesas + excluded.mesas,
				    registered = a.registered + excluded.registered,
				    emitted = a.emitted + excluded.emitted,
				    valid = a.valid + excluded.valid,
				    blank = a.blank + excluded.blank,
				    null_votes = a.null_votes + excluded.null_votes,
				    votes = vote_add(a.votes, excluded.votes),
				    updated_at = excluded.updated_at"""
			.formatted(grouping.level().name(), grouping.area(), grouping.parentLevel(), grouping.parentArea(),
					grouping.name(), votes, grouping.filter(), grouping.groupBy());
	}

}
