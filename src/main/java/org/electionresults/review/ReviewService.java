package org.electionresults.review;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.electionresults.results.AreaKey;
import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.electionresults.results.AreaLevel;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the review flags the uploads computed: counts per rule and department, filtered pages of
 * flagged mesas, a mesa's flags and its station's other actas. Callers run it inside one snapshot
 * ({@code SnapshotReader}); it only reads {@code review_flag} and single mesas or stations by key.
 */
@Service
public class ReviewService {

	/** Flagged mesas per page. */
	public static final int PAGE_SIZE = 50;

	private static final String SELECT_FLAGS = """
			SELECT f.mesa_code, m.number, f.rule, f.party_position, f.value, f.base, f.median_num, f.median_den,
			       m.country_id, m.country, m.region_id, m.region, m.province_id, m.section, m.municipality,
			       m.locality_id, m.station_id, m.station
			FROM review_flag f JOIN mesa m ON m.election_id = f.election_id AND m.code = f.mesa_code
			""";

	private final JdbcClient jdbc;

	private final ElectionCatalogService catalogs;

	ReviewService(JdbcClient jdbc, ElectionCatalogService catalogs) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
	}

	/** Mesas per rule, nationally and per department. */
	public ReviewSummary summary() {
		ElectionCatalog election = this.catalogs.current();
		Map<String, String> departments = new LinkedHashMap<>();
		election.departments().forEach((department) -> departments.put(Integer.toString(department.id()), department.name()));
		departments.put(ReviewFilter.ABROAD, ReviewFilter.ABROAD);
		Map<ReviewRule, Map<String, Long>> counts = new EnumMap<>(ReviewRule.class);
		for (ReviewRule rule : ReviewRule.values()) {
			Map<String, Long> zero = new LinkedHashMap<>();
			departments.keySet().forEach((key) -> zero.put(key, 0L));
			counts.put(rule, zero);
		}
		this.jdbc.sql("""
				SELECT f.rule, CASE WHEN m.country_id = 32 THEN m.region_id::text ELSE 'abroad' END, count(*)
				FROM review_flag f JOIN mesa m ON m.election_id = f.election_id AND m.code = f.mesa_code
				WHERE f.election_id = ?
				GROUP BY 1, 2""").param(election.id()).query((rs) -> {
			counts.get(ReviewRule.valueOf(rs.getString(1))).merge(rs.getString(2), rs.getLong(3), Long::sum);
		});
		List<ReviewSummary.RuleCount> rules = new ArrayList<>();
		counts.forEach((rule, byDepartment) -> rules.add(new ReviewSummary.RuleCount(rule,
				byDepartment.values().stream().mapToLong(Long::longValue).sum(), byDepartment)));
		long mesas = this.jdbc.sql("SELECT count(DISTINCT mesa_code) FROM review_flag WHERE election_id = ?")
			.param(election.id())
			.query(Long.class)
			.single();
		long counted = this.jdbc.sql("""
				SELECT coalesce(max(mesas), 0) FROM area_total
				WHERE election_id = ? AND ballot = 'PRESIDENT' AND level = 'NATIONAL'""")
			.param(election.id())
			.query(Long.class)
			.single();
		return new ReviewSummary(rules, departments, mesas, counted);
	}

	/** One page (from 1) of the flags that match, by mesa code then rule. */
	public FlagPage flags(ReviewFilter filter, int page) {
		Where where = where(filter);
		long total = where.bind(this.jdbc.sql("""
				SELECT count(*) FROM review_flag f JOIN mesa m ON m.election_id = f.election_id AND m.code = f.mesa_code
				""" + where.sql)).query(Long.class).single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(1, page), pages);
		List<FlaggedMesa> flags = where
			.bind(this.jdbc.sql(SELECT_FLAGS + where.sql + " ORDER BY f.mesa_code, f.rule LIMIT :limit OFFSET :offset"))
			.param("limit", PAGE_SIZE)
			.param("offset", (shown - 1) * PAGE_SIZE)
			.query(this::flag)
			.list();
		return new FlagPage(flags, shown, pages, total);
	}

	/** Every flag that matches, by mesa code then rule (for the CSV download). */
	public List<FlaggedMesa> allFlags(ReviewFilter filter) {
		Where where = where(filter);
		return where.bind(this.jdbc.sql(SELECT_FLAGS + where.sql + " ORDER BY f.mesa_code, f.rule"))
			.query(this::flag)
			.list();
	}

	/** The flags on one mesa. */
	public List<FlaggedMesa> flagsOf(int mesaCode) {
		return this.jdbc.sql(SELECT_FLAGS + " WHERE f.election_id = :election AND f.mesa_code = :mesa ORDER BY f.rule")
			.param("election", this.catalogs.current().id())
			.param("mesa", mesaCode)
			.query(this::flag)
			.list();
	}

	/**
	 * How many mesas have at least one flag, per municipality (area key country:region:province:section,
	 * abroad too) and per country abroad (area key: the country id): the map layer of flags per 1,000
	 * mesas. Areas without a flag are left out.
	 */
	public Map<String, Long> flaggedMesasByArea() {
		Map<String, Long> flagged = new HashMap<>();
		this.jdbc.sql("""
				SELECT m.country_id, m.region_id, m.province_id, m.section, count(DISTINCT f.mesa_code)
				FROM review_flag f JOIN mesa m ON m.election_id = f.election_id AND m.code = f.mesa_code
				WHERE f.election_id = ?
				GROUP BY GROUPING SETS ((m.country_id, m.region_id, m.province_id, m.section), (m.country_id))""")
			.param(this.catalogs.current().id())
			.query((rs) -> {
				int country = rs.getInt(1);
				if (rs.getObject(2) != null) {
					flagged.put(AreaKey.municipality(country, rs.getInt(2), rs.getInt(3), rs.getInt(4)).value(),
							rs.getLong(5));
				}
				else if (country != ElectionCatalog.BOLIVIA) {
					flagged.put(AreaKey.country(country).value(), rs.getLong(5));
				}
			});
		return flagged;
	}

	/** The municipalities with at least one flag in a department (or abroad), by name: key to name. */
	public Map<String, String> municipalitiesWithFlags(String department) {
		Where where = where(new ReviewFilter(null, department, null));
		Map<String, String> municipalities = new LinkedHashMap<>();
		where.bind(this.jdbc.sql("""
				SELECT DISTINCT m.country_id, m.region_id, m.province_id, m.section, m.municipality
				FROM review_flag f JOIN mesa m ON m.election_id = f.election_id AND m.code = f.mesa_code
				""" + where.sql + " ORDER BY m.municipality, m.country_id, m.region_id, m.province_id, m.section"))
			.query((rs) -> {
				municipalities.put(AreaKey.municipality(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)).value(),
						rs.getString(5));
			});
		return municipalities;
	}

	/** The current presidential actas of a polling station, by mesa number, with their flags. */
	public List<StationActa> station(int localityId, int stationId) {
		ElectionCatalog election = this.catalogs.current();
		List<ElectionCatalog.PartyInfo> running = election.runningOn(Ballot.PRESIDENT);
		return this.jdbc.sql("""
				SELECT m.code, m.number, t.registered, t.emitted, t.votes,
				       ARRAY(SELECT f.rule FROM review_flag f WHERE f.election_id = m.election_id AND f.mesa_code = m.code
				             ORDER BY f.rule)
				FROM mesa m JOIN tally t ON t.election_id = m.election_id AND t.mesa_code = m.code
				     AND t.ballot = 'PRESIDENT' AND t.status = 'CURRENT'
				WHERE m.election_id = ? AND m.locality_id = ? AND m.station_id = ?
				ORDER BY m.number, m.code""")
			.param(election.id())
			.param(localityId)
			.param(stationId)
			.query((rs, row) -> {
				Integer[] votes = (Integer[]) rs.getArray(5).getArray();
				List<Integer> runningVotes = running.stream()
					.map((party) -> (party.position() <= votes.length) ? votes[party.position() - 1] : 0)
					.toList();
				List<ReviewRule> rules = Arrays.stream(strings(rs.getArray(6))).map(ReviewRule::valueOf).toList();
				return new StationActa(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
						runningVotes.stream().mapToInt(Integer::intValue).sum(), runningVotes, rules);
			})
			.list();
	}

	private FlaggedMesa flag(ResultSet rs, int row) throws SQLException {
		ElectionCatalog election = this.catalogs.current();
		Integer position = rs.getObject(4, Integer.class);
		ElectionCatalog.PartyInfo party = (position == null) ? null
				: election.parties().stream().filter((info) -> info.position() == position).findFirst().orElse(null);
		Long medianNum = rs.getObject(7, Long.class);
		Long medianDen = rs.getObject(8, Long.class);
		Ratio median = (medianNum != null && medianDen != null && medianDen > 0) ? Ratio.of(medianNum, medianDen)
				: null;
		return new FlaggedMesa(rs.getInt(1), rs.getInt(2), ReviewRule.valueOf(rs.getString(3)),
				(party != null) ? party.code() : null, (party != null) ? party.shortName() : null, rs.getLong(5),
				rs.getLong(6), median, rs.getInt(9), rs.getString(10), rs.getInt(11), rs.getString(12),
				AreaKey.municipality(rs.getInt(9), rs.getInt(11), rs.getInt(13), rs.getInt(14)).value(), rs.getString(15),
				AreaKey.station(rs.getInt(16), rs.getInt(17)).value(), rs.getString(18));
	}

	private static String[] strings(Array array) throws SQLException {
		return (String[]) array.getArray();
	}

	private Where where(ReviewFilter filter) {
		StringBuilder sql = new StringBuilder(" WHERE f.election_id = :election");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("election", this.catalogs.current().id());
		if (filter.rule() != null) {
			sql.append(" AND f.rule = :rule");
			params.put("rule", filter.rule().name());
		}
		if (filter.department() != null) {
			if (ReviewFilter.ABROAD.equals(filter.department())) {
				sql.append(" AND m.country_id <> ").append(ElectionCatalog.BOLIVIA);
			}
			else {
				sql.append(" AND m.country_id = ").append(ElectionCatalog.BOLIVIA).append(" AND m.region_id = :department");
				params.put("department", parse(filter.department()).orElse(-1));
			}
		}
		if (filter.municipality() != null) {
			String[] parts = filter.municipality().split(":");
			int[] ids = Arrays.stream(parts).mapToInt((part) -> parse(part).orElse(-1)).toArray();
			if (ids.length != 4) {
				ids = new int[] { -1, -1, -1, -1 };
			}
			sql.append(" AND m.country_id = :mCountry AND m.region_id = :mRegion AND m.province_id = :mProvince"
					+ " AND m.section = :mSection");
			params.put("mCountry", ids[0]);
			params.put("mRegion", ids[1]);
			params.put("mProvince", ids[2]);
			params.put("mSection", ids[3]);
		}
		return new Where(sql.toString(), params);
	}

	private static Optional<Integer> parse(@Nullable String text) {
		try {
			return Optional.ofNullable(text).map(Integer::valueOf);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private record Where(String sql, Map<String, Object> params) {

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			return statement.params(this.params);
		}

	}

}
