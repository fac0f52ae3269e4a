package org.electionresults.election;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every 2020 polling station of the reference data ({@code polling_station}), loaded once: the
 * places that have a page from the start and what a complete count holds in each (municipality,
 * province, city or country abroad, station). It never changes while the application runs.
 */
@Service
public class PollingStations {

	private final JdbcClient jdbc;

	private final ElectionCatalogService catalogs;

	private volatile Register register;

	PollingStations(JdbcClient jdbc, ElectionCatalogService catalogs) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
	}

	/** Every station, by country, region, province, section and name. */
	public List<PollingStation> all() {
		return register().stations();
	}

	public Optional<PollingStation> station(int localityId, int stationId) {
		return Optional.ofNullable(register().byStation().get(localityId + ":" + stationId));
	}

	/** The stations of one municipality, by name. */
	public List<PollingStation> inMunicipality(int countryId, int regionId, int provinceId, int section) {
		return all().stream()
			.filter((s) -> s.countryId() == countryId && s.regionId() == regionId && s.provinceId() == provinceId
					&& s.section() == section)
			.toList();
	}

	public Optional<PlaceExpectation> municipality(int countryId, int regionId, int provinceId, int section) {
		return Optional.ofNullable(
				register().municipalities().get(countryId + ":" + regionId + ":" + provinceId + ":" + section));
	}

	/**
	 * The municipalities of a department (or the municipalities of a city abroad), keyed
	 * {@code country:region:province:section}, in order of their keys.
	 */
	public Map<String, PlaceExpectation> municipalitiesIn(int countryId, int regionId) {
		String prefix = countryId + ":" + regionId + ":";
		Map<String, PlaceExpectation> inside = new LinkedHashMap<>();
		register().municipalities().forEach((key, place) -> {
			if (key.startsWith(prefix)) {
				inside.put(key, place);
			}
		});
		return inside;
	}

	public Optional<PlaceExpectation> province(int countryId, int regionId, int provinceId) {
		return Optional.ofNullable(register().provinces().get(countryId + ":" + regionId + ":" + provinceId));
	}

	/** A department in Bolivia, a city abroad (named after its stations' municipality). */
	public Optional<PlaceExpectation> region(int countryId, int regionId) {
		return Optional.ofNullable(register().regions().get(countryId + ":" + regionId));
	}

	/** The cities of a country abroad, keyed {@code country:region}. */
	public Map<String, PlaceExpectation> regionsIn(int countryId) {
		String prefix = countryId + ":";
		Map<String, PlaceExpectation> inside = new LinkedHashMap<>();
		register().regions().forEach((key, place) -> {
			if (key.startsWith(prefix)) {
				inside.put(key, place);
			}
		});
		return inside;
	}

	/** A country abroad, named as in the 2020 export; Bolivia is not one. */
	public Optional<PlaceExpectation> country(int countryId) {
		return Optional.ofNullable(register().countries().get(countryId));
	}

	/** The countries abroad with a polling station, keyed by country id. */
	public Map<Integer, PlaceExpectation> countries() {
		return register().countries();
	}

	private Register register() {
		Register loaded = this.register;
		if (loaded == null) {
			loaded = load();
			this.register = loaded;
		}
		return loaded;
	}

	private Register load() {
		int election = this.catalogs.current().id();
		List<PollingStation> stations = this.jdbc.sql("""
				SELECT country_id, region_id, province_id, section, locality_id, station_id, name, municipality,
				       latitude, longitude, mesas, registered, area_type
				FROM polling_station WHERE election_id = ?
				ORDER BY country_id, region_id, province_id, section, name, locality_id, station_id""")
			.param(election)
			.query((rs, row) -> new PollingStation(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getBigDecimal(9),
					rs.getBigDecimal(10), rs.getInt(11), rs.getInt(12), rs.getString(13)))
			.list();
		// Countries abroad are named in the 2019 baseline as the 2020 export spells them.
		Map<Integer, String> countryNames = new LinkedHashMap<>();
		this.jdbc.sql("SELECT country_id, name FROM result_2019 WHERE country_id IS NOT NULL AND country_id <> ?")
			.param(ElectionCatalog.BOLIVIA)
			.query((rs, row) -> countryNames.put(rs.getInt(1), rs.getString(2)))
			.list();
		Map<String, PollingStation> byStation = new LinkedHashMap<>();
		Map<String, PlaceExpectation> municipalities = new LinkedHashMap<>();
		Map<String, PlaceExpectation> provinces = new LinkedHashMap<>();
		Map<String, PlaceExpectation> regions = new LinkedHashMap<>();
		Map<Integer, PlaceExpectation> countries = new LinkedHashMap<>();
		for (PollingStation s : stations) {
			byStation.put(s.localityId() + ":" + s.stationId(), s);
			String region = s.countryId() + ":" + s.regionId();
			String province = region + ":" + s.provinceId();
			add(municipalities, province + ":" + s.section(), s.municipality(), s);
			add(provinces, province, s.municipality(), s);
			add(regions, region, s.abroad() ? s.municipality() : departmentName(s.regionId()), s);
			if (s.abroad()) {
				add(countries, s.countryId(), countryNames.getOrDefault(s.countryId(), Integer.toString(s.countryId())),
						s);
			}
		}
		// A region abroad (e.g. Buenos Aires) holds several cities; it is named after the one with most mesas.
		Map<String, Map<String, Integer>> citiesAbroad = new HashMap<>();
		stations.stream()
			.filter(PollingStation::abroad)
			.forEach((s) -> citiesAbroad.computeIfAbsent(s.countryId() + ":" + s.regionId(), (k) -> new HashMap<>())
				.merge(s.municipality(), s.mesas(), Integer::sum));
		citiesAbroad.forEach((region, cities) -> {
			String largest = cities.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
			PlaceExpectation place = regions.get(region);
			regions.put(region, new PlaceExpectation(largest, place.stations(), place.mesas(), place.registered()));
		});
		return new Register(List.copyOf(stations), Map.copyOf(byStation), sorted(municipalities), Map.copyOf(provinces),
				sorted(regions), Map.copyOf(countries));
	}

	private String departmentName(int id) {
		return this.catalogs.current().department(id).map(DepartmentPlan::name).orElse("");
	}

	private static <K> void add(Map<K, PlaceExpectation> places, K key, String name, PollingStation station) {
		places.merge(key, new PlaceExpectation(name, 1, station.mesas(), station.registered()),
				(old, added) -> old.plus(station));
	}

	private static Map<String, PlaceExpectation> sorted(Map<String, PlaceExpectation> places) {
		Map<String, PlaceExpectation> sorted = new LinkedHashMap<>();
		places.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(Comparator.comparing(PollingStations::numericKey)))
			.forEach((e) -> sorted.put(e.getKey(), e.getValue()));
		return java.util.Collections.unmodifiableMap(sorted);
	}

	private static String numericKey(String key) {
		StringBuilder padded = new StringBuilder();
		for (String part : key.split(":")) {
			padded.append(String.format("%09d", Integer.parseInt(part)));
		}
		return padded.toString();
	}

	private record Register(List<PollingStation> stations, Map<String, PollingStation> byStation,
			Map<String, PlaceExpectation> municipalities, Map<String, PlaceExpectation> provinces,
			Map<String, PlaceExpectation> regions, Map<Integer, PlaceExpectation> countries) {
	}

}
