package org.electionresults.site.timeline;

import org.electionresults.site.Contender;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.electionresults.results.CountPoint;
import org.electionresults.results.FirstRoundRule;
import org.electionresults.results.FirstRoundVerdict;
import org.electionresults.results.ResultsService;
import org.electionresults.results.Share;

import org.springframework.stereotype.Service;

/** The count timeline: the first-round standing after every upload. */
@Service
class TimelineService {

	private final ElectionCatalogService catalogs;

	private final ResultsService results;

	TimelineService(ElectionCatalogService catalogs, ResultsService results) {
		this.catalogs = catalogs;
		this.results = results;
	}

	TimelineView timeline() {
		ElectionCatalog election = this.catalogs.current();
		int expected = election.expectedMesas();
		List<TimelineView.Point> points = new ArrayList<>();
		for (CountPoint count : this.results.timeline()) {
			FirstRoundVerdict verdict = FirstRoundRule.verdict(runningTickets(count, election));
			Contender leader = verdict.leaders().isEmpty() ? null : Contender.of(verdict.leaders().get(0), election);
			String second = verdict.tieForFirst() ? verdict.leaders().get(1)
					: verdict.runnersUp().isEmpty() ? null : verdict.runnersUp().get(0);
			points.add(new TimelineView.Point(points.size() + 1, count.recordedAt(), Share.of(count.mesas(), expected),
					leader, verdict.tieForFirst(), (second != null) ? Contender.of(second, election) : null,
					BigDecimal.valueOf(verdict.leaderShareBasisPoints(), 2),
					BigDecimal.valueOf(verdict.leadBasisPoints(), 2), verdict.outcome()));
		}
		TimelineChart chart = TimelineChart.of(points.stream().map(TimelineView.Point::leaderShare).toList(),
				points.stream().map(TimelineView.Point::lead).toList());
		return new TimelineView(points, chart);
	}

	/** The presidential tickets still running with their votes. */
	private static Map<String, Long> runningTickets(CountPoint count, ElectionCatalog election) {
		Map<String, Long> votes = new LinkedHashMap<>();
		election.runningOn(Ballot.PRESIDENT)
			.forEach((party) -> votes.put(party.code(), count.votes().get(party.position() - 1)));
		return votes;
	}

}
