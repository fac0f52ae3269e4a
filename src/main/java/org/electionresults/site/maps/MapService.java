package org.electionresults.site.maps;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.electionresults.results.AreaKey;
import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.electionresults.results.AreaLevel;
import org.electionresults.results.AreaNotFoundException;
import org.electionresults.results.AreaTotal;
import org.electionresults.results.BallotResult;
import org.electionresults.results.PartyVotes;
import org.electionresults.results.Progress;
import org.electionresults.results.ResultsService;
import org.electionresults.results.Share;
import org.electionresults.review.ReviewService;
import org.electionresults.site.AreaLine;
import org.electionresults.site.PlaceLinks;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The maps' data: presidential results of the current snapshot joined to the shapes kept
 * by {@link Boundaries} and to the reference data of {@link MapReference}. Callers run it
 * inside their page's snapshot.
 */
@Service
public class MapService {

	/**
	 * The two 2020 municipalities created after the boundary data, and the municipality
	 * whose polygon holds their land ({@code geo/SOURCES.md}).
	 */
	static final Map<String, String> DRAWN_INSIDE = Map.of("32:3:13:4", "32:3:13:1", "32:5:4:5", "32:5:4:1");

	private static final Ballot BALLOT = Ballot.PRESIDENT;

	/** Dot radius per square root of registered voters, in view-box units. */
	private static final double DOT_SCALE = 0.07;

	private static final double DOT_MIN = 1.3;

	private final Boundaries boundaries;

	private final MapReference reference;

	private final ElectionCatalogService catalogs;

	private final ResultsService results;

	private final MapTexts texts;

	private final ReviewService review;

	private volatile @Nullable Map<String, MapReference.Expected> municipalities;

	private volatile @Nullable Map<String, MapReference.Result2019> results2019;

	MapService(Boundaries boundaries, MapReference reference, ElectionCatalogService catalogs,
			ResultsService results, MapTexts texts, ReviewService review) {
		this.review = review;
		this.boundaries = boundaries;
		this.reference = reference;
		this.catalogs = catalogs;
		this.results = results;
		this.texts = texts;
	}

	/** The nine departments by leader, from the overview's department lines. */
	public AreaMap departments(List<AreaLine> departments) {
		Map<String, BallotResult> byKey = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		for (AreaLine line : departments) {
			// a department's area key is country:department
			String id = line.result().area().substring(line.result().area().indexOf(':') + 1);
			byKey.put(id, line.result());
			names.put(id, line.name());
		}
		return areaMap(this.boundaries.departments(), MapLayer.LEADER, null, "d-", byKey::get, names::get,
				(key) -> PlaceLinks.department(Integer.parseInt(key)), true);
	}

	/** A department's municipalities by leader and its polling stations as dots. */
	public DepartmentMaps department(int departmentId) {
		Drawing drawing = this.boundaries.municipalitiesOf(departmentId)
			.orElseThrow(() -> new AreaNotFoundException("department " + departmentId));
		Map<String, BallotResult> byKey = this.results
			.children(BALLOT, AreaLevel.MUNICIPALITY, AreaLevel.REGION,
					AreaKey.region(ElectionCatalog.BOLIVIA, departmentId).value())
			.stream()
			.collect(Collectors.toMap(BallotResult::area, Function.identity()));
		Map<String, MapReference.Expected> expected = municipalities();
		AreaMap municipalities = areaMap(drawing, MapLayer.LEADER, null, "m-", byKey::get,
				(key) -> name(expected, key, drawing), (key) -> PlaceLinks.municipality(key), false);
		return new DepartmentMaps(municipalities, stations(departmentId, drawing));
	}

	/** The 339 municipal polygons by one layer; {@code party} for share and swing. */
	public MapsView maps(MapLayer layer, @Nullable String party) {
		ElectionCatalog election = this.catalogs.current();
		Map<String, BallotResult> byKey = this.results.level(BALLOT, AreaLevel.MUNICIPALITY)
			.stream()
			.collect(Collectors.toMap(BallotResult::area, Function.identity()));
		Map<String, MapReference.Expected> expected = municipalities();
		Drawing drawing = this.boundaries.municipalities();
		// what municipalities and countries abroad expect, for the actas-counted layer (keys do not overlap)
		Map<String, MapReference.Expected> expecting = new HashMap<>(expected);
		expecting.putAll(this.reference.countries(election.id()));
		Map<String, Long> flagged = (layer == MapLayer.FLAGS) ? this.review.flaggedMesasByArea() : Map.of();
		Valuation valuation = new Valuation(layer, party, patterns(election), expecting, results2019(), flagged);
		AreaMap map = areaMap(drawing, valuation, "m-", byKey::get, (key) -> name(expected, key, drawing),
				PlaceLinks::municipality, false);
		List<DrawnInside> inside = new ArrayList<>();
		DRAWN_INSIDE.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach((entry) -> {
			String key = entry.getKey();
			MapArea area = valuation.area("m-" + key.replace(':', '-'), key, name(expected, key, drawing), "",
					byKey.get(key), PlaceLinks::municipality);
			inside.add(new DrawnInside(area, name(expected, entry.getValue(), drawing)));
		});
		return new MapsView(map, inside, abroad(valuation), abroadNotCounted(),
				election.runningOn(BALLOT)
					.stream()
					.map((p) -> new MapsView.PartyChoice(p.code(), p.shortName()))
					.toList(),
				election.runningOn(BALLOT)
					.stream()
					.filter((p) -> MapReference.RAN_BOTH_TIMES.contains(p.code()))
					.map((p) -> new MapsView.PartyChoice(p.code(), p.shortName()))
					.toList());
	}

	/** Whether {@code party} can be shown on {@code layer}. */
	public boolean offers(MapLayer layer, @Nullable String party) {
		if (!layer.needsParty()) {
			return party == null;
		}
		if (party == null) {
			return false;
		}
		boolean running = this.catalogs.current().runningOn(BALLOT).stream().anyMatch((p) -> p.code().equals(party));
		return running && (layer != MapLayer.SWING || MapReference.RAN_BOTH_TIMES.contains(party));
	}

	/** The keys of the municipalities drawn with a polygon of their own. */
	Set<String> drawnMunicipalities() {
		return this.boundaries.municipalities()
			.outlines()
			.stream()
			.map(Outline::key)
			.collect(Collectors.toUnmodifiableSet());
	}

	private AreaMap areaMap(Drawing drawing, MapLayer layer, @Nullable String party, String idPrefix,
			Function<String, @Nullable BallotResult> result, Function<String, String> name,
			Function<String, String> href, boolean labels) {
		ElectionCatalog election = this.catalogs.current();
		Valuation valuation = new Valuation(layer, party, patterns(election), Map.of(), Map.of(), Map.of());
		return areaMap(drawing, valuation, idPrefix, result, name, href, labels);
	}

	private AreaMap areaMap(Drawing drawing, Valuation valuation, String idPrefix,
			Function<String, @Nullable BallotResult> result, Function<String, String> name,
			Function<String, String> href, boolean labels) {
		List<MapArea> areas = new ArrayList<>(drawing.outlines().size());
		List<MapLabel> written = new ArrayList<>();
		Map<String, Integer> leaders = new LinkedHashMap<>();
		int notCounted = 0;
		Map<String, String> childOf = new HashMap<>();
		DRAWN_INSIDE.forEach((child, parent) -> childOf.put(parent, child));
		for (Outline outline : drawing.outlines()) {
			BallotResult area = result.apply(outline.key());
			MapArea drawn = valuation.area(idPrefix + outline.idPart(), outline.key(), name.apply(outline.key()),
					outline.path(), area, href);
			if (childOf.containsKey(outline.key())) {
				drawn = drawn.including(name.apply(childOf.get(outline.key())));
			}
			drawn = drawn.titled(this.texts.area(drawn, valuation.layer.unit()));
			areas.add(drawn);
			if (!drawn.counted()) {
				notCounted++;
			}
			else if (drawn.leader() != null) {
				leaders.merge(drawn.tied() ? "" : drawn.leader(), 1, Integer::sum);
				if (labels && !drawn.tied()) {
					written.add(new MapLabel(outline.labelX(), outline.labelY(), drawn.leader(), drawn.value()));
				}
			}
		}
		List<LeaderCount> counts = leaders.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().isEmpty())
			.map((entry) -> new LeaderCount(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparingInt(LeaderCount::areas).reversed())
			.toList();
		return new AreaMap(valuation.layer, valuation.partyName(), drawing.width(), drawing.height(),
				valuation.definitions(), areas, written, valuation.legend(), counts, notCounted, List.of());
	}

	private AreaMap stations(int departmentId, Drawing drawing) {
		ElectionCatalog election = this.catalogs.current();
		LeaderPatterns patterns = patterns(election);
		Map<String, BallotResult> counted = new HashMap<>();
		for (AreaTotal total : this.results.stationTotals(BALLOT, departmentId)) {
			// below a department the register gives no expectations: progress is the count alone
			counted.put(total.area(), BallotResult.of(total, election, new Progress(total.mesas(), null,
					total.sums().registered(), null, total.updatedAt())));
		}
		Frame frame = drawing.frame();
		List<MapDot> dots = new ArrayList<>();
		for (MapReference.Station station : this.reference.stations(election.id(), departmentId)) {
			double x = frame.xOf(station.longitude().doubleValue());
			double y = frame.yOf(station.latitude().doubleValue());
			double r = Math.max(DOT_MIN, DOT_SCALE * Math.sqrt(station.registered()));
			BallotResult result = counted.get(station.key());
			if (result == null || result.valid() == 0) {
				dots.add(new MapDot(MarkerShape.CIRCLE.path(x, y, r), "none", station.name(), station.registered(),
						null, null, this.texts.station(station.name(), station.registered(), null, null)));
				continue;
			}
			PartyVotes leader = result.parties().get(0);
			int index = patterns.index(leader.code());
			dots.add(new MapDot(MarkerShape.forParty(index).path(x, y, r), colour(leader.color()), station.name(),
					station.registered(), leader.shortName(), leader.share().percent(), this.texts.station(station.name(),
							station.registered(), leader.shortName(), leader.share().percent())));
		}
		List<MapArea> areas = drawing.outlines()
			.stream()
			.map((outline) -> new MapArea("s-" + outline.idPart(), outline.key(), outline.name(), null,
					outline.path(), LeaderPatterns.BACKGROUND, false, null, false, null, null, outline.name()))
			.toList();
		List<LegendItem> legend = new ArrayList<>();
		List<ElectionCatalog.PartyInfo> running = election.runningOn(BALLOT);
		for (int i = 0; i < running.size(); i++) {
			legend.add(LegendItem.marker(colour(running.get(i).color()), "party", running.get(i).shortName(), null,
					MarkerShape.forParty(i).path(8, 8, 5)));
		}
		legend.add(LegendItem.marker("none", "none", null, null, MarkerShape.CIRCLE.path(8, 8, 5)));
		for (int registered : List.of(1000, 5000, 10000)) {
			legend.add(LegendItem.marker("none", "size", null, BigDecimal.valueOf(registered),
					MarkerShape.CIRCLE.path(8, 8, Math.min(7.5, DOT_SCALE * Math.sqrt(registered)))));
		}
		int notCounted = (int) dots.stream().filter((dot) -> !dot.counted()).count();
		return new AreaMap(MapLayer.STATIONS, "", drawing.width(), drawing.height(), "", areas, List.of(), legend,
				List.of(), notCounted, dots);
	}

	private List<AbroadLine> abroad(Valuation valuation) {
		List<AbroadLine> lines = new ArrayList<>();
		for (BallotResult country : this.results.children(BALLOT, AreaLevel.COUNTRY, AreaLevel.ABROAD,
				AreaLevel.NO_KEY)) {
			MapArea area = valuation.area("", country.area(), country.name(), "", country, (key) -> key);
			PartyVotes leader = (country.valid() > 0) ? country.parties().get(0) : null;
			lines.add(new AbroadLine(country.name(), PlaceLinks.country(Integer.parseInt(country.area())),
					(leader != null) ? leader.shortName() : null, (leader != null) ? colour(leader.color()) : null,
					area.counted() ? area.value() : null));
		}
		return lines;
	}

	private int abroadNotCounted() {
		Set<String> counted = this.results
			.children(BALLOT, AreaLevel.COUNTRY, AreaLevel.ABROAD, AreaLevel.NO_KEY)
			.stream()
			.map(BallotResult::area)
			.collect(Collectors.toSet());
		return (int) this.reference.countries(this.catalogs.current().id())
			.keySet()
			.stream()
			.filter((key) -> !counted.contains(key))
			.count();
	}

	private static String name(Map<String, MapReference.Expected> expected, String key, Drawing drawing) {
		MapReference.Expected known = expected.get(key);
		if (known != null) {
			return known.name();
		}
		return drawing.outlines()
			.stream()
			.filter((outline) -> outline.key().equals(key))
			.map(Outline::name)
			.findFirst()
			.orElse(key);
	}

	private Map<String, MapReference.Expected> municipalities() {
		Map<String, MapReference.Expected> known = this.municipalities;
		if (known == null) {
			// reference data: read once
			known = Map.copyOf(this.reference.municipalities(this.catalogs.current().id()));
			this.municipalities = known;
		}
		return known;
	}

	private Map<String, MapReference.Result2019> results2019() {
		Map<String, MapReference.Result2019> known = this.results2019;
		if (known == null) {
			known = Map.copyOf(this.reference.results2019());
			this.results2019 = known;
		}
		return known;
	}

	private static LeaderPatterns patterns(ElectionCatalog election) {
		return new LeaderPatterns(election.runningOn(BALLOT));
	}

	static String colour(String colour) {
		return colour.matches("#[0-9A-Fa-f]{6}") ? colour : "#777777";
	}

	/** How one layer turns a result into a fill and a value. */
	private static final class Valuation {

		private final MapLayer layer;

		private final @Nullable String party;

		private final LeaderPatterns patterns;

		private final Map<String, MapReference.Expected> expected;

		private final Map<String, MapReference.Result2019> results2019;

		private final Map<String, Long> flagged;

		Valuation(MapLayer layer, @Nullable String party, LeaderPatterns patterns,
				Map<String, MapReference.Expected> expected, Map<String, MapReference.Result2019> results2019,
				Map<String, Long> flagged) {
			this.flagged = flagged;
			this.layer = layer;
			this.party = party;
			this.patterns = patterns;
			this.expected = expected;
			this.results2019 = results2019;
		}

		MapArea area(String id, String key, String name, String path, @Nullable BallotResult result,
				Function<String, String> href) {
			boolean hasResult = result != null && result.hasVotes();
			String link = hasResult ? href.apply(key) : null;
			switch (this.layer) {
				case LEADER -> {
					if (!hasResult || result.valid() == 0) {
						return blank(id, key, name, link, path);
					}
					PartyVotes leader = result.parties().get(0);
					boolean tied = result.parties().size() > 1 && result.parties().get(1).votes() == leader.votes();
					String fill = tied ? LeaderPatterns.TIE
							: this.patterns.fill(leader.code(), MapScale.LEADER.classOf(leader.share()));
					return new MapArea(id, key, name, link, path, fill, true, leader.shortName(), tied,
							leader.share().percent(), null, "");
				}
				case SHARE -> {
					if (!hasResult || result.valid() == 0) {
						return blank(id, key, name, link, path);
					}
					Share share = result.party(this.party).map(PartyVotes::share).orElse(Share.of(0, result.valid()));
					return valued(id, key, name, link, path, MapScale.SHARE.colour(MapScale.SHARE.classOf(share)),
							share.percent());
				}
				case TURNOUT -> {
					if (!hasResult || result.registered() == 0) {
						return blank(id, key, name, link, path);
					}
					Share turnout = result.turnout();
					return valued(id, key, name, link, path,
							MapScale.TURNOUT.colour(MapScale.TURNOUT.classOf(turnout)), turnout.percent());
				}
				case COUNTED -> {
					MapReference.Expected expects = this.expected.get(key);
					if (expects == null) {
						return blank(id, key, name, link, path);
					}
					Share counted = Share.of(hasResult ? result.progress().counted() : 0, expects.mesas());
					return valued(id, key, name, link, path,
							MapScale.COUNTED.colour(MapScale.COUNTED.classOf(counted)), counted.percent());
				}
				case SWING -> {
					MapReference.Result2019 before = this.results2019.get(key);
					if (!hasResult || result.valid() == 0 || before == null || before.valid() == 0) {
						return blank(id, key, name, link, path);
					}
					long votes2020 = result.party(this.party).map(PartyVotes::votes).orElse(0L);
					Swing swing = Swing.of(votes2020, result.valid(), before.votes().getOrDefault(this.party, 0L),
							before.valid());
					return valued(id, key, name, link, path, MapScale.SWING.colour(MapScale.SWING.classOf(swing)),
							swing.points());
				}
				case FLAGS -> {
					long counted = hasResult ? result.progress().counted() : 0;
					if (counted == 0) {
						return blank(id, key, name, link, path);
					}
					Share flaggedShare = Share.of(this.flagged.getOrDefault(key, 0L), counted);
					return valued(id, key, name, link, path,
							MapScale.FLAGS.colour(MapScale.FLAGS.classOf(flaggedShare)), flaggedShare.perMille());
				}
				default -> throw new IllegalStateException("Not an area layer: " + this.layer);
			}
		}

		private static MapArea blank(String id, String key, String name, @Nullable String href, String path) {
			return new MapArea(id, key, name, href, path, LeaderPatterns.NOT_COUNTED, false, null, false, null, null, "");
		}

		private static MapArea valued(String id, String key, String name, @Nullable String href, String path,
				String fill, BigDecimal value) {
			return new MapArea(id, key, name, href, path, fill, true, null, false, value, null, "");
		}

		/** The short name of the layer's party, or empty. */
		String partyName() {
			return this.patterns.parties()
				.stream()
				.filter((p) -> p.code().equals(this.party))
				.map(ElectionCatalog.PartyInfo::shortName)
				.findFirst()
				.orElse("");
		}

		String definitions() {
			String notCounted = LeaderPatterns.NOT_COUNTED_DEFINITION;
			return (this.layer == MapLayer.LEADER) ? this.patterns.definitions("") + notCounted : notCounted;
		}

		List<LegendItem> legend() {
			List<LegendItem> legend = new ArrayList<>();
			switch (this.layer) {
				case LEADER -> {
					this.patterns.parties()
						.forEach((p) -> legend.add(LegendItem.party(this.patterns.fill(p.code(), 3), p.shortName())));
					legend.add(LegendItem.special(LeaderPatterns.TIE, "tie"));
					legend.addAll(shades());
				}
				case SHARE -> legend.addAll(MapScale.SHARE.legend());
				case TURNOUT -> legend.addAll(MapScale.TURNOUT.legend());
				case COUNTED -> legend.addAll(MapScale.COUNTED.legend());
				case SWING -> legend.addAll(MapScale.SWING.legend());
				case FLAGS -> legend.addAll(MapScale.FLAGS.legend());
				default -> {
				}
			}
			legend.add(LegendItem.special(LeaderPatterns.NOT_COUNTED, "none"));
			return legend;
		}

		/** The leader's share classes as shades of grey. */
		private static List<LegendItem> shades() {
			List<LegendItem> shades = new ArrayList<>();
			List<LegendItem> ranges = MapScale.LEADER.legend();
			for (LegendItem range : ranges) {
				double opacity = Double.parseDouble(range.fill());
				int grey = (int) Math.round(255 - opacity * (255 - 64));
				String fill = String.format("#%02x%02x%02x", grey, grey, grey);
				shades.add(new LegendItem(fill, "shade", null, range.from(), range.to(), null));
			}
			return shades;
		}

	}

}
