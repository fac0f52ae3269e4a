package org.electionresults.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.electionresults.election.PollingStations;

import org.springframework.stereotype.Service;

/**
 * Results of every ballot at every level, computed from the aggregates kept by the uploads (never
 * from the tallies), with the withdrawn-party rule and the count progress applied.
 */
@Service
public class ResultsService {

	private final ElectionCatalogService catalogs;

	private final AreaTotalRepository totals;

	private final MesaRepository mesas;

	private final CountPointRepository points;

	private final PollingStations stations;

	ResultsService(ElectionCatalogService catalogs, AreaTotalRepository totals, MesaRepository mesas,
			CountPointRepository points, PollingStations stations) {
		this.catalogs = catalogs;
		this.stations = stations;
		this.totals = totals;
		this.mesas = mesas;
		this.points = points;
	}

	/** The national presidential count after each committed upload that changed it, oldest first. */
	public List<CountPoint> timeline() {
		return this.points.all(this.catalogs.current().id());
	}

	/** A mesa with every version of its actas. */
	public Optional<Mesa> mesa(int code) {
		return this.mesas.find(this.catalogs.current().id(), code);
	}

	/** The mesas of a polling station, by number. */
	public List<Integer> mesasAtStation(int localityId, int stationId) {
		return this.mesas.codesAtStation(this.catalogs.current().id(), localityId, stationId);
	}

	/** The result of one mesa's current acta of a ballot, as a one-mesa area. */
	public Optional<BallotResult> mesaResult(Mesa mesa, Ballot ballot) {
		ElectionCatalog election = this.catalogs.current();
		return mesa.current(ballot).map((tally) -> {
			AreaTotal total = new AreaTotal(ballot, AreaLevel.MESA, Integer.toString(mesa.code()),
					mesa.station() + " · " + mesa.number(), AreaLevel.STATION, mesa.stationKey(), 1, tally.numbers(),
					tally.uploadedAt());
			return of(election, total);
		});
	}

	/** The result of a ballot in the whole election; an empty result before the first acta. */
	public BallotResult national(Ballot ballot) {
		return area(ballot, AreaLevel.NATIONAL, AreaLevel.NO_KEY)
			.orElseGet(() -> empty(ballot, AreaLevel.NATIONAL, AreaLevel.NO_KEY, ""));
	}

	/** The result of a ballot in one area, if any acta of it has been counted. */
	public Optional<BallotResult> area(Ballot ballot, AreaLevel level, String key) {
		ElectionCatalog election = this.catalogs.current();
		return this.totals.find(election.id(), ballot, level, key).map((total) -> this.of(election, total));
	}

	/** The result of a ballot in an area, empty (named {@code name}) while nothing is counted there. */
	public BallotResult areaOrEmpty(Ballot ballot, AreaLevel level, String key, String name) {
		return area(ballot, level, key).orElseGet(() -> empty(ballot, level, key, name));
	}

	/** A known area with nothing counted yet. */
	public BallotResult empty(Ballot ballot, AreaLevel level, String key, String name) {
		ElectionCatalog election = this.catalogs.current();
		return of(election, AreaTotal.empty(ballot, level, key, name, election.parties().size()));
	}

	/** Every counted area of a level, by name. */
	public List<BallotResult> level(Ballot ballot, AreaLevel level) {
		ElectionCatalog election = this.catalogs.current();
		return this.totals.byLevel(election.id(), ballot, level).stream().map((total) -> this.of(election, total)).toList();
	}

	/** The counted areas of a level inside one area, by name. */
	public List<BallotResult> children(Ballot ballot, AreaLevel level, AreaLevel parentLevel, String parentKey) {
		ElectionCatalog election = this.catalogs.current();
		return this.totals.children(election.id(), ballot, level, parentLevel, parentKey)
			.stream()
			.map((total) -> this.of(election, total))
			.toList();
	}

	/**
	 * The sums of every counted polling station of a department, as kept: below a department the
	 * register gives no expected mesas, so callers make their own progress from the count alone.
	 */
	public List<AreaTotal> stationTotals(Ballot ballot, int departmentId) {
		return this.totals.stationsOfDepartment(this.catalogs.current().id(), ballot, departmentId);
	}

	/** The running tickets' votes, for the first-round rule. */
	public static Map<String, Long> ticketVotes(BallotResult result) {
		Map<String, Long> votes = new LinkedHashMap<>();
		result.parties().forEach((party) -> votes.put(party.code(), party.votes()));
		return votes;
	}

	/** The first-round verdict on the national presidential result, and whether it is decided. */
	public FirstRoundAssessment firstRound(BallotResult nationalPresident) {
		return FirstRoundRule.assess(ticketVotes(nationalPresident),
				nationalPresident.progress().registeredUncounted());
	}

	private BallotResult of(ElectionCatalog election, AreaTotal total) {
		return BallotResult.of(total, election, Expectations.progress(election, this.stations, total));
	}

}
