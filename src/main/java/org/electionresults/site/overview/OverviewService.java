package org.electionresults.site.overview;

import org.electionresults.site.ResultLine;
import org.electionresults.site.places.PlaceService;

import org.electionresults.comparison.ComparisonService;
import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.electionresults.results.BallotResult;
import org.electionresults.results.CountStatusService;
import org.electionresults.results.ResultsService;
import org.electionresults.review.CompositionService;

import org.springframework.stereotype.Service;

/** The national overview. */
@Service
class OverviewService {

	private final ElectionCatalogService catalogs;

	private final CountStatusService counts;

	private final ResultsService results;

	private final PlaceService places;

	private final ComparisonService comparisons;

	private final CompositionService compositions;

	OverviewService(ElectionCatalogService catalogs, CountStatusService counts, ResultsService results,
			PlaceService places, ComparisonService comparisons, CompositionService compositions) {
		this.comparisons = comparisons;
		this.compositions = compositions;
		this.catalogs = catalogs;
		this.counts = counts;
		this.results = results;
		this.places = places;
	}

	OverviewView overview() {
		ElectionCatalog election = this.catalogs.current();
		BallotResult president = this.results.national(Ballot.PRESIDENT);
		return new OverviewView(election, this.counts.current(), president, ResultLine.of(president, election),
				FirstRoundView.of(this.results.firstRound(president), election), this.places.departmentLines(),
				this.places.abroadLine(), this.comparisons.national(), this.compositions.president());
	}

}
