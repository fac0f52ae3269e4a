package org.electionresults.site.places;

import org.electionresults.results.AreaKey;

import org.electionresults.election.DepartmentPlan;

import org.electionresults.results.AreaNotFoundException;

import org.electionresults.site.AreaLine;
import org.electionresults.site.Crumb;
import org.electionresults.site.PlaceLinks;
import org.electionresults.site.ResultLine;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.electionresults.comparison.ComparisonService;
import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.electionresults.election.PlaceExpectation;
import org.electionresults.election.PollingStation;
import org.electionresults.election.PollingStations;
import org.electionresults.results.AreaLevel;
import org.electionresults.results.BallotResult;
import org.electionresults.results.Mesa;
import org.electionresults.results.ResultsService;
import org.electionresults.seats.ConstituencyCount;
import org.electionresults.seats.SeatsService;

import org.springframework.stereotype.Service;

/**
 * The drill-down pages: Bolivia by department, municipality and polling station, and the
 * vote abroad by country, city, municipality and polling station, down to each mesa. Every
 * place of the reference data (departments, the polling-station register) has a page from the
 * start, with what a complete count holds there; a place the reference data does not know exists
 * for the pages only once one of its actas is counted.
 */
@Service
public class PlaceService {

	private static final Ballot BALLOT = Ballot.PRESIDENT;

	private static final String BOLIVIA = AreaKey.country(ElectionCatalog.BOLIVIA).value();

	private final ElectionCatalogService catalogs;

	private final ResultsService results;

	private final SeatsService seats;

	private final PollingStations stations;

	private final ComparisonService comparisons;

	PlaceService(ElectionCatalogService catalogs, ResultsService results, SeatsService seats,
			PollingStations stations, ComparisonService comparisons) {
		this.comparisons = comparisons;
		this.catalogs = catalogs;
		this.results = results;
		this.seats = seats;
		this.stations = stations;
	}

	/** The nine departments, counted or not, in their official order. */
	public List<AreaLine> departmentLines() {
		return this.catalogs.current()
			.departments()
			.stream()
			.map((department) -> new AreaLine(department.name(), PlaceLinks.department(department.id()),
					departmentResult(department)))
			.toList();
	}

	/** The vote abroad as one line. */
	public AreaLine abroadLine() {
		return new AreaLine("", PlaceLinks.ABROAD, this.results.area(BALLOT, AreaLevel.ABROAD, AreaLevel.NO_KEY)
			.orElseGet(() -> this.results.empty(BALLOT, AreaLevel.ABROAD, AreaLevel.NO_KEY, "")));
	}

	/** The places index: Bolivia's departments and the vote abroad. */
	PlaceView places() {
		BallotResult bolivia = this.results.area(BALLOT, AreaLevel.COUNTRY, BOLIVIA)
			.orElseGet(() -> this.results.empty(BALLOT, AreaLevel.COUNTRY, BOLIVIA, ""));
		return new PlaceView(AreaLevel.COUNTRY, null, "pages.places.title", List.of(), bolivia, lines(bolivia),
				"pages.places.departments", departmentLines(), abroadLine(), List.of(), List.of(), null);
	}

	PlaceView department(int id) {
		DepartmentPlan department = this.catalogs.current()
			.department(id)
			.orElseThrow(() -> new AreaNotFoundException("department " + id));
		String key = AreaKey.department(id).value();
		BallotResult result = departmentResult(department);
		List<ConstituencyCount> constituencies = new ArrayList<>();
		for (Ballot ballot : List.of(Ballot.UNINOMINAL, Ballot.SPECIAL)) {
			this.seats.constituencies(ballot)
				.stream()
				.filter((constituency) -> constituency.department().id() == id)
				.forEach(constituencies::add);
		}
		return new PlaceView(AreaLevel.REGION, department.name(), null,
				List.of(Crumb.text("pages.places.title", PlaceLinks.PLACES)), result, lines(result),
				"pages.places.municipalities",
				children(names(this.stations.municipalitiesIn(ElectionCatalog.BOLIVIA, id)), AreaLevel.MUNICIPALITY,
						AreaLevel.REGION, key, PlaceLinks::municipality),
				null, List.of(), constituencies, this.comparisons.department(id).orElse(null));
	}

	PlaceView abroad() {
		AreaLine abroad = abroadLine();
		return new PlaceView(AreaLevel.ABROAD, null, "pages.places.abroad",
				List.of(Crumb.text("pages.places.title", PlaceLinks.PLACES)), abroad.result(), lines(abroad.result()),
				"pages.places.countries",
				children(countryNames(), AreaLevel.COUNTRY, AreaLevel.ABROAD, AreaLevel.NO_KEY,
						(key) -> PlaceLinks.country(Integer.parseInt(key))),
				null, List.of(), List.of(), null);
	}

	PlaceView country(int countryId) {
		String key = AreaKey.country(countryId).value();
		BallotResult result = abroadArea(countryId, AreaLevel.COUNTRY, key);
		return new PlaceView(AreaLevel.COUNTRY, result.name(), null,
				List.of(Crumb.text("pages.places.title", PlaceLinks.PLACES),
						Crumb.text("pages.places.abroad", PlaceLinks.ABROAD)),
				result, lines(result), "pages.places.cities",
				children(names(this.stations.regionsIn(countryId)), AreaLevel.REGION, AreaLevel.COUNTRY, key,
						(region) -> PlaceLinks.region(countryId, Integer.parseInt(region.substring(key.length() + 1)))),
				null, List.of(), List.of(), null);
	}

	PlaceView city(int countryId, int regionId) {
		String key = AreaKey.region(countryId, regionId).value();
		BallotResult result = abroadArea(countryId, AreaLevel.REGION, key);
		List<Crumb> crumbs = PlaceLinks.toRegion(countryId, countryName(countryId), regionId, result.name());
		return new PlaceView(AreaLevel.REGION, result.name(), null, crumbs.subList(0, crumbs.size() - 1), result,
				lines(result), "pages.places.municipalities",
				children(names(this.stations.municipalitiesIn(countryId, regionId)), AreaLevel.MUNICIPALITY,
						AreaLevel.REGION, key, PlaceLinks::municipality),
				null, List.of(), List.of(), null);
	}

	PlaceView municipality(String key) {
		AreaKey municipality = AreaKey.parse(AreaLevel.MUNICIPALITY, key)
			.orElseThrow(() -> new AreaNotFoundException("municipality " + key));
		int country = municipality.id(0);
		int region = municipality.id(1);
		PlaceExpectation known = this.stations
			.municipality(country, region, municipality.id(2), municipality.id(3))
			.orElse(null);
		BallotResult result = this.results.area(BALLOT, AreaLevel.MUNICIPALITY, key)
			.or(() -> java.util.Optional.ofNullable(known)
				.map((place) -> this.results.empty(BALLOT, AreaLevel.MUNICIPALITY, key, place.name())))
			.orElseThrow(() -> new AreaNotFoundException("municipality " + key));
		List<Crumb> crumbs = PlaceLinks.toRegion(country, countryName(country), region, regionName(country, region));
		Map<String, String> stationNames = new LinkedHashMap<>();
		this.stations.inMunicipality(country, region, municipality.id(2), municipality.id(3))
			.forEach((station) -> stationNames.put(AreaKey.station(station.localityId(), station.stationId()).value(),
					station.name()));
		return new PlaceView(AreaLevel.MUNICIPALITY, result.name(), null, crumbs, result, lines(result),
				"pages.places.stations",
				children(stationNames, AreaLevel.STATION, AreaLevel.MUNICIPALITY, key, PlaceLinks::station), null,
				List.of(), List.of(), this.comparisons.municipality(key).orElse(null));
	}

	/** A polling station, by its locality and its number there. */
	PlaceView station(int localityId, int stationId) {
		String key = AreaKey.station(localityId, stationId).value();
		List<Mesa> mesas = this.results.mesasAtStation(localityId, stationId)
			.stream()
			.flatMap((code) -> this.results.mesa(code).stream())
			.toList();
		PollingStation known = this.stations.station(localityId, stationId).orElse(null);
		if (mesas.isEmpty() && known == null) {
			throw new AreaNotFoundException("station " + key);
		}
		if (mesas.isEmpty()) {
			return uncountedStation(key, known);
		}
		Mesa first = mesas.get(0);
		BallotResult result = this.results.area(BALLOT, AreaLevel.STATION, key)
			.orElseGet(() -> this.results.empty(BALLOT, AreaLevel.STATION, key, first.station()));
		List<Crumb> crumbs = new ArrayList<>(
				PlaceLinks.toRegion(first.countryId(), first.country(), first.regionId(), first.region()));
		crumbs.add(Crumb.place(first.municipality(), PlaceLinks.municipality(first.municipalityKey())));
		List<MesaLine> lines = mesas.stream()
			.map((mesa) -> new MesaLine(mesa.code(), mesa.number(), PlaceLinks.mesa(mesa.code()),
					ActaStatus.of(mesa.history(BALLOT)), this.results.mesaResult(mesa, BALLOT).orElse(null)))
			.toList();
		return new PlaceView(AreaLevel.STATION, first.station(), null, crumbs, result, lines(result), null, List.of(),
				null, lines, List.of(), null);
	}

	/** A station of the register none of whose mesas has been uploaded yet. */
	private PlaceView uncountedStation(String key, PollingStation station) {
		BallotResult result = this.results.empty(BALLOT, AreaLevel.STATION, key, station.name());
		List<Crumb> crumbs = new ArrayList<>(PlaceLinks.toRegion(station.countryId(), countryName(station.countryId()),
				station.regionId(), regionName(station.countryId(), station.regionId())));
		String municipality = station.countryId() + ":" + station.regionId() + ":" + station.provinceId() + ":"
				+ station.section();
		crumbs.add(Crumb.place(station.municipality(), PlaceLinks.municipality(municipality)));
		return new PlaceView(AreaLevel.STATION, station.name(), null, crumbs, result, lines(result), null, List.of(),
				null, List.of(), List.of(), null);
	}

	private BallotResult departmentResult(DepartmentPlan department) {
		String key = AreaKey.department(department.id()).value();
		return this.results.area(BALLOT, AreaLevel.REGION, key)
			.orElseGet(() -> this.results.empty(BALLOT, AreaLevel.REGION, key, department.name()));
	}

	/**
	 * A place abroad; Bolivia is not abroad, and a place with nothing counted is not
	 * known.
	 */
	private BallotResult abroadArea(int countryId, AreaLevel level, String key) {
		if (countryId == ElectionCatalog.BOLIVIA) {
			throw new AreaNotFoundException(level + " " + key + " abroad");
		}
		java.util.Optional<PlaceExpectation> known = (level == AreaLevel.COUNTRY) ? this.stations.country(countryId)
				: this.stations.region(countryId, Integer.parseInt(key.substring(key.indexOf(':') + 1)));
		return this.results.area(BALLOT, level, key)
			.or(() -> known.map((place) -> this.results.empty(BALLOT, level, key, place.name())))
			.orElseThrow(() -> new AreaNotFoundException(level + " " + key));
	}

	private String countryName(int countryId) {
		return this.results.area(BALLOT, AreaLevel.COUNTRY, AreaKey.country(countryId).value())
			.map(BallotResult::name)
			.or(() -> this.stations.country(countryId).map(PlaceExpectation::name))
			.orElse(AreaKey.country(countryId).value());
	}

	private String regionName(int countryId, int regionId) {
		if (countryId == ElectionCatalog.BOLIVIA) {
			return this.catalogs.current()
				.department(regionId)
				.map(DepartmentPlan::name)
				.orElse(Integer.toString(regionId));
		}
		return this.results.area(BALLOT, AreaLevel.REGION, AreaKey.region(countryId, regionId).value())
			.map(BallotResult::name)
			.or(() -> this.stations.region(countryId, regionId).map(PlaceExpectation::name))
			.orElse(Integer.toString(regionId));
	}

	/**
	 * The places inside one: those the reference data knows ({@code known}: key to name), counted
	 * or not, and any other with a counted acta; by name.
	 */
	private List<AreaLine> children(Map<String, String> known, AreaLevel level, AreaLevel parentLevel,
			String parentKey, Function<String, String> href) {
		Map<String, BallotResult> all = new LinkedHashMap<>();
		this.results.children(BALLOT, level, parentLevel, parentKey).forEach((child) -> all.put(child.area(), child));
		known.forEach((key, name) -> all.computeIfAbsent(key, (k) -> this.results.empty(BALLOT, level, k, name)));
		Collator collator = Collator.getInstance(Locale.forLanguageTag("es"));
		return all.values()
			.stream()
			.sorted(Comparator.comparing(BallotResult::name, collator))
			.map((child) -> new AreaLine(child.name(), href.apply(child.area()), child))
			.toList();
	}

	private static Map<String, String> names(Map<String, PlaceExpectation> places) {
		Map<String, String> names = new LinkedHashMap<>();
		places.forEach((key, place) -> names.put(key, place.name()));
		return names;
	}

	private Map<String, String> countryNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.stations.countries().forEach((id, place) -> names.put(AreaKey.country(id).value(), place.name()));
		return names;
	}

	private List<ResultLine> lines(BallotResult result) {
		ElectionCatalog election = this.catalogs.current();
		return ResultLine.of(result, election);
	}


}
