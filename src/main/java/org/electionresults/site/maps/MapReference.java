package org.electionresults.site.maps;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the maps need from the reference data: every polling station with coordinates
 * (migration V5), the mesas and registered voters expected per municipality and per
 * country abroad (summed from the stations), and the 2019 votes of the parties that ran
 * both times per 2020 municipality (migration V6).
 */
@Repository
class MapReference {

	/** Parties that ran in 2019 and 2020, by their 2020 code (the 2019 file uses the same). */
	static final List<String> RAN_BOTH_TIMES = List.of("MAS_IPSP", "CC", "FPV", "PAN_BOL");

	private final JdbcClient jdbc;

	MapReference(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every municipality of Bolivia by key ({@code 32:d:p:s}), with what it expects. */
	Map<String, Expected> municipalities(int electionId) {
		Map<String, Expected> expected = new HashMap<>();
		this.jdbc.sql("""
				SELECT region_id, province_id, section, min(municipality) AS name, sum(mesas) AS mesas,
				       sum(registered) AS registered
				FROM polling_station WHERE election_id = ? AND country_id = 32
				GROUP BY region_id, province_id, section""")
			.param(electionId)
			.query((rs) -> {
				String key = "32:" + rs.getInt("region_id") + ":" + rs.getInt("province_id") + ":" + rs.getInt("section");
				expected.put(key, new Expected(key, rs.getString("name"), rs.getInt("mesas"), rs.getLong("registered")));
			});
		return expected;
	}

	/** Every country abroad by key (its id), with what it expects. */
	Map<String, Expected> countries(int electionId) {
		Map<String, Expected> expected = new HashMap<>();
		this.jdbc.sql("""
				SELECT country_id, sum(mesas) AS mesas, sum(registered) AS registered
				FROM polling_station WHERE election_id = ? AND country_id <> 32 GROUP BY country_id""")
			.param(electionId)
			.query((rs) -> {
				String key = Integer.toString(rs.getInt("country_id"));
				expected.put(key, new Expected(key, key, rs.getInt("mesas"), rs.getLong("registered")));
			});
		return expected;
	}

	/** The polling stations of a department, largest first (so that small dots lie on top). */
	List<Station> stations(int electionId, int departmentId) {
		return this.jdbc.sql("""
				SELECT locality_id, station_id, name, region_id, province_id, section, latitude, longitude, mesas,
				       registered
				FROM polling_station WHERE election_id = ? AND country_id = 32 AND region_id = ?
				ORDER BY registered DESC, locality_id, station_id""")
			.param(electionId)
			.param(departmentId)
			.query((rs, row) -> new Station(rs.getInt("locality_id") + ":" + rs.getInt("station_id"),
					rs.getString("name"),
					"32:" + rs.getInt("region_id") + ":" + rs.getInt("province_id") + ":" + rs.getInt("section"),
					rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), rs.getInt("mesas"),
					rs.getLong("registered")))
			.list();
	}

	/**
	 * The 2019 valid votes and the votes of the parties that ran both times, per
	 * municipality ({@code 32:d:p:s}) and per country abroad (its id; countries without a
	 * 2020 station are left out).
	 */
	Map<String, Result2019> results2019() {
		Map<String, Result2019> results = new HashMap<>();
		this.jdbc.sql("""
				SELECT CASE WHEN r.country_id = 32
				            THEN '32:' || r.region_id || ':' || r.province_id || ':' || r.section
				            ELSE r.country_id::text END AS area,
				       r.valid, v.party, v.votes
				FROM result_2019 r JOIN result_2019_vote v ON v.result_id = r.id
				WHERE r.country_id IS NOT NULL AND v.party IN ('MAS_IPSP', 'CC', 'FPV', 'PAN_BOL')""")
			.query((rs) -> {
				String key = rs.getString("area");
				long valid = rs.getLong("valid");
				results.computeIfAbsent(key, (k) -> new Result2019(valid, new HashMap<>()))
					.votes()
					.put(rs.getString("party"), rs.getLong("votes"));
			});
		return results;
	}

	/**
	 * What a complete count holds in an area.
	 *
	 * @param key the area's key
	 * @param name its name in the register
	 * @param mesas mesas expected
	 * @param registered registered voters expected
	 */
	record Expected(String key, String name, int mesas, long registered) {
	}

	/**
	 * A polling station.
	 *
	 * @param key {@code locality:station}
	 * @param name its name
	 * @param municipality its municipality's key
	 * @param latitude WGS84
	 * @param longitude WGS84
	 * @param mesas its mesas
	 * @param registered its registered voters
	 */
	record Station(String key, String name, String municipality, BigDecimal latitude, BigDecimal longitude,
			int mesas, long registered) {
	}

	/**
	 * The 2019 count of one municipality.
	 *
	 * @param valid valid votes
	 * @param votes votes of the parties that ran both times, by code
	 */
	record Result2019(long valid, Map<String, Long> votes) {
	}

}
