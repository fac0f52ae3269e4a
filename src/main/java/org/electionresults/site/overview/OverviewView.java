package org.electionresults.site.overview;

import org.electionresults.site.AreaLine;
import org.electionresults.site.ResultLine;

import java.util.List;

import org.electionresults.comparison.AreaComparison;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.results.BallotResult;
import org.electionresults.results.CountStatus;
import org.electionresults.review.Composition;

/**
 * The overview: the national presidential result, the first-round verdict, the count's
 * progress, and where to go on.
 *
 * @param election the election
 * @param count the data version and the time of the last upload
 * @param president the national presidential result
 * @param lines its tickets, most votes first
 * @param firstRound the first-round verdict
 * @param departments the result in each department
 * @param abroad the vote abroad
 * @param comparison 2019 beside 2020 nationally
 * @param composition the count per area type of the polling stations
 */
public record OverviewView(ElectionCatalog election, CountStatus count, BallotResult president, List<ResultLine> lines,
		FirstRoundView firstRound, List<AreaLine> departments, AreaLine abroad, AreaComparison comparison,
		Composition composition) {

	public OverviewView {
		lines = List.copyOf(lines);
		departments = List.copyOf(departments);
	}

}
