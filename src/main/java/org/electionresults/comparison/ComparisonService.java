package org.electionresults.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.electionresults.results.AreaKey;
import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.electionresults.results.AreaLevel;
import org.electionresults.results.BallotResult;
import org.electionresults.results.PartyVotes;
import org.electionresults.results.ResultsService;
import org.electionresults.results.Share;

import org.springframework.stereotype.Service;

/**
 * 2019 beside 2020 (the 2019 election was later annulled): for the parties that ran both times,
 * their 2019 share, their 2020 share so far and the swing, with turnout and the 2020 coverage, in
 * the nation, each department and each municipality. Exact fractions throughout; rounding is the
 * reader's, for output only. Call inside one snapshot ({@code SnapshotReader}).
 */
@Service
public class ComparisonService {

	/** The parties on the ballot in 2019 and 2020, by their 2020 codes (the 2019 file uses the same). */
	public static final List<String> PARTIES = List.of("MAS_IPSP", "CC", "FPV", "PAN_BOL");

	private static final Ballot BALLOT = Ballot.PRESIDENT;

	private final Baseline2019 baseline;

	private final ResultsService results;

	private final ElectionCatalogService catalogs;

	ComparisonService(Baseline2019 baseline, ResultsService results, ElectionCatalogService catalogs) {
		this.baseline = baseline;
		this.results = results;
		this.catalogs = catalogs;
	}

	/** Bolivia and the vote abroad. */
	public AreaComparison national() {
		return compare(ComparisonLevel.NATIONAL, AreaLevel.NO_KEY, "", null, this.baseline.national(),
				this.results.national(BALLOT));
	}

	/** One department; empty if there is no such department. */
	public Optional<AreaComparison> department(int id) {
		ElectionCatalog election = this.catalogs.current();
		return election.department(id).flatMap((department) -> {
			Count2019 before = this.baseline.departments().get(id);
			if (before == null) {
				return Optional.empty();
			}
			String key = AreaKey.region(ElectionCatalog.BOLIVIA, id).value();
			return Optional.of(compare(ComparisonLevel.DEPARTMENT, key, department.name(), id, before,
					this.results.areaOrEmpty(BALLOT, AreaLevel.REGION, key, department.name())));
		});
	}

	/** One municipality of Bolivia, keyed {@code 32:department:province:section}; empty if unknown. */
	public Optional<AreaComparison> municipality(String key) {
		Count2019 before = this.baseline.municipalities().get(key);
		if (before == null) {
			return Optional.empty();
		}
		return Optional.of(municipality(key, before,
				this.results.areaOrEmpty(BALLOT, AreaLevel.MUNICIPALITY, key, before.name())));
	}

	/** Every area of a level: the nation, the nine departments, or every municipality of Bolivia. */
	public List<AreaComparison> level(ComparisonLevel level) {
		return switch (level) {
			case NATIONAL -> List.of(national());
			case DEPARTMENT -> this.catalogs.current()
				.departments()
				.stream()
				.flatMap((department) -> department(department.id()).stream())
				.toList();
			case MUNICIPALITY -> {
				Map<String, BallotResult> counted = countedMunicipalities();
				List<AreaComparison> rows = new ArrayList<>();
				this.baseline.municipalities()
					.forEach((key, before) -> rows.add(municipality(key, before, Optional.ofNullable(counted.get(key))
						.orElseGet(() -> this.results.empty(BALLOT, AreaLevel.MUNICIPALITY, key, before.name())))));
				yield rows;
			}
		};
	}

	/**
	 * The swing of one party in every municipality of Bolivia with a counted 2020 acta, keyed
	 * {@code 32:department:province:section} (the maps' key); empty for a party that did not run
	 * both times.
	 */
	public Map<String, Swing> swingByMunicipality(String party) {
		if (!PARTIES.contains(party)) {
			return Map.of();
		}
		Map<String, BallotResult> counted = countedMunicipalities();
		Map<String, Swing> swings = new LinkedHashMap<>();
		this.baseline.municipalities().forEach((key, before) -> {
			BallotResult after = counted.get(key);
			if (after != null && after.valid() > 0 && before.valid() > 0) {
				swings.put(key, Swing.between(before.share(party), share2020(after, party)));
			}
		});
		return swings;
	}

	private Map<String, BallotResult> countedMunicipalities() {
		return this.results.level(BALLOT, AreaLevel.MUNICIPALITY)
			.stream()
			.collect(Collectors.toMap(BallotResult::area, Function.identity()));
	}

	private AreaComparison municipality(String key, Count2019 before, BallotResult after) {
		int department = Integer.parseInt(key.split(":")[1]);
		return compare(ComparisonLevel.MUNICIPALITY, key, before.name(), department, before, after);
	}

	private AreaComparison compare(ComparisonLevel level, String key, String name, Integer departmentId,
			Count2019 before, BallotResult after) {
		boolean counted = after.hasVotes();
		ElectionCatalog election = this.catalogs.current();
		List<PartyComparison> parties = PARTIES.stream().map((code) -> {
			ElectionCatalog.PartyInfo party = election.party(code).orElseThrow();
			Share share2019 = before.share(code);
			Share share2020 = counted ? share2020(after, code) : null;
			Swing swing = (share2020 != null && share2020.whole() > 0 && share2019.whole() > 0)
					? Swing.between(share2019, share2020) : null;
			return new PartyComparison(code, party.shortName(), party.color(), share2019, share2020, swing);
		}).toList();
		return new AreaComparison(level, key, name, departmentId, after.progress().counted(),
				after.progress().expected(), before.turnout(), counted ? after.turnout() : null, parties);
	}

	private static Share share2020(BallotResult result, String party) {
		return result.party(party).map(PartyVotes::share).orElseGet(() -> Share.of(0, result.valid()));
	}

}
