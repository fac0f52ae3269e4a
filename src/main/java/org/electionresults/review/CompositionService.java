package org.electionresults.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The count per area type: the polling-station totals ({@code area_total}, level STATION) joined with
 * the reference list of stations ({@code polling_station}) for their area type and for what is
 * expected. Reads about 5,500 aggregate rows, never the tallies.
 */
@Service
public class CompositionService {

	private final JdbcClient jdbc;

	private final ElectionCatalogService catalogs;

	CompositionService(JdbcClient jdbc, ElectionCatalogService catalogs) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
	}

	public Composition president() {
		ElectionCatalog election = this.catalogs.current();
		Map<AreaType, long[]> expected = new EnumMap<>(AreaType.class);
		this.jdbc.sql("""
				SELECT area_type, sum(mesas), sum(registered) FROM polling_station
				WHERE election_id = ? GROUP BY area_type""").param(election.id()).query((rs) -> {
			expected.put(AreaType.of(rs.getString(1)), new long[] { rs.getLong(2), rs.getLong(3) });
		});
		Map<AreaType, long[]> counted = new EnumMap<>(AreaType.class);
		Map<AreaType, Map<Integer, Long>> votes = new EnumMap<>(AreaType.class);
		this.jdbc.sql("""
				SELECT coalesce(p.area_type, 'unlisted'), a.mesas, a.registered, a.votes
				FROM area_total a
				LEFT JOIN polling_station p ON p.election_id = a.election_id
				     AND p.locality_id = split_part(a.area, ':', 1)::integer
				     AND p.station_id = split_part(a.area, ':', 2)::integer
				WHERE a.election_id = ? AND a.ballot = 'PRESIDENT' AND a.level = 'STATION'""")
			.param(election.id())
			.query((rs) -> {
				AreaType type = AreaType.of(rs.getString(1));
				long[] sums = counted.computeIfAbsent(type, (key) -> new long[2]);
				sums[0] += rs.getLong(2);
				sums[1] += rs.getLong(3);
				Long[] stationVotes = (Long[]) rs.getArray(4).getArray();
				Map<Integer, Long> byPosition = votes.computeIfAbsent(type, (key) -> new HashMap<>());
				for (int i = 0; i < stationVotes.length; i++) {
					byPosition.merge(i + 1, (stationVotes[i] != null) ? stationVotes[i] : 0L, Long::sum);
				}
			});
		List<ElectionCatalog.PartyInfo> running = election.runningOn(Ballot.PRESIDENT);
		List<Composition.Group> groups = new ArrayList<>();
		for (AreaType type : AreaType.values()) {
			long[] expect = expected.getOrDefault(type, new long[2]);
			long[] count = counted.getOrDefault(type, new long[2]);
			if (expect[0] == 0 && count[0] == 0) {
				continue;
			}
			Map<Integer, Long> byPosition = votes.getOrDefault(type, Map.of());
			long valid = running.stream().mapToLong((party) -> byPosition.getOrDefault(party.position(), 0L)).sum();
			List<Composition.PartyShare> parties = running.stream().map((party) -> {
				long partyVotes = byPosition.getOrDefault(party.position(), 0L);
				return new Composition.PartyShare(party.code(), party.shortName(), party.color(), partyVotes,
						org.electionresults.results.Share.of(partyVotes, valid));
			}).toList();
			groups.add(new Composition.Group(type, count[0], expect[0], count[1], expect[1], valid, parties));
		}
		return new Composition(groups);
	}

}
