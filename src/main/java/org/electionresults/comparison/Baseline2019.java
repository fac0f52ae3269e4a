package org.electionresults.comparison;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.electionresults.election.ElectionCatalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 2019 count per 2020 municipality and per country abroad ({@code result_2019}, migration V6),
 * loaded once (it is reference data) and summed into departments and the nation.
 */
@Component
class Baseline2019 {

	private final JdbcClient jdbc;

	private volatile Sums sums;

	Baseline2019(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Bolivia and abroad. */
	Count2019 national() {
		return sums().national();
	}

	/** Departments by id, in their official order. */
	Map<Integer, Count2019> departments() {
		return sums().departments();
	}

	/** Municipalities keyed {@code 32:department:province:section}, in the order of their ids. */
	Map<String, Count2019> municipalities() {
		return sums().municipalities();
	}

	private Sums sums() {
		Sums loaded = this.sums;
		if (loaded == null) {
			loaded = load();
			this.sums = loaded;
		}
		return loaded;
	}

	private Sums load() {
		Map<Integer, Map<String, Long>> votes = new HashMap<>();
		this.jdbc.sql("SELECT result_id, party, votes FROM result_2019_vote")
			.query((rs, row) -> votes.computeIfAbsent(rs.getInt(1), (id) -> new HashMap<>())
				.put(rs.getString(2), rs.getLong(3)))
			.list();
		record Row(Integer countryId, Integer regionId, Integer provinceId, Integer section, Count2019 count) {
		}
		List<Row> rows = this.jdbc.sql("""
				SELECT id, country_id, region_id, province_id, section, name, mesas, registered, valid, blank, null_votes
				FROM result_2019 ORDER BY region_id NULLS LAST, province_id, section, id""")
			.query((rs, row) -> new Row((Integer) rs.getObject(2), (Integer) rs.getObject(3),
					(Integer) rs.getObject(4), (Integer) rs.getObject(5),
					new Count2019(rs.getString(6), rs.getInt(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
							rs.getLong(11), votes.getOrDefault(rs.getInt(1), Map.of()))))
			.list();
		Count2019 national = Count2019.none("");
		Map<Integer, Count2019> departments = new LinkedHashMap<>();
		Map<String, Count2019> municipalities = new LinkedHashMap<>();
		for (Row row : rows) {
			national = national.plus(row.count());
			if (row.countryId() != null && row.countryId() == ElectionCatalog.BOLIVIA) {
				departments.merge(row.regionId(), row.count(), Count2019::plus);
				municipalities.put(ElectionCatalog.BOLIVIA + ":" + row.regionId() + ":" + row.provinceId() + ":"
						+ row.section(), row.count());
			}
		}
		return new Sums(national, departments, municipalities);
	}

	private record Sums(Count2019 national, Map<Integer, Count2019> departments,
			Map<String, Count2019> municipalities) {
	}

}
