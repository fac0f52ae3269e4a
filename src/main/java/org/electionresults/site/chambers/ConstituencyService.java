package org.electionresults.site.chambers;

import java.util.Locale;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.electionresults.site.PlaceLinks;
import org.electionresults.site.ResultLine;
import org.electionresults.seats.ConstituencyCount;
import org.electionresults.seats.SeatsService;

import org.springframework.stereotype.Service;

/** The pages of the uninominal and special constituencies. */
@Service
class ConstituencyService {

	private final ElectionCatalogService catalogs;

	private final SeatsService seats;

	ConstituencyService(ElectionCatalogService catalogs, SeatsService seats) {
		this.catalogs = catalogs;
		this.seats = seats;
	}

	ConstituencyView constituency(Ballot ballot, int number) {
		ElectionCatalog election = this.catalogs.current();
		ConstituencyCount count = this.seats.constituencies(ballot)
			.stream()
			.filter((constituency) -> constituency.number() == number)
			.findFirst()
			.orElseThrow(() -> new ConstituencyNotFoundException(ballot, number));
		return new ConstituencyView(count, ballot.name().toLowerCase(Locale.ROOT),
				PlaceLinks.department(count.department().id()), ResultLine.of(count.result(), election),
				this.seats.provisional());
	}

}
