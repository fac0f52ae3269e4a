package org.electionresults.site.candidates;

import org.electionresults.site.AreaLine;
import org.electionresults.site.AreaShare;
import org.electionresults.site.ResultLine;
import org.electionresults.site.places.PlaceService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.electionresults.results.BallotResult;
import org.electionresults.results.ResultsService;
import org.electionresults.results.Share;

import org.springframework.stereotype.Service;

/**
 * The presidential tickets' pages: the national result and the result in each department.
 */
@Service
class CandidateService {

	/**
	 * Shares compared exactly, by cross-multiplication: no rounding decides what is
	 * strongest.
	 */
	static final Comparator<Share> EXACT = (a, b) -> Long.compare(Math.multiplyExact(a.part(), b.whole()),
			Math.multiplyExact(b.part(), a.whole()));

	private final ElectionCatalogService catalogs;

	private final ResultsService results;

	private final PlaceService places;

	CandidateService(ElectionCatalogService catalogs, ResultsService results, PlaceService places) {
		this.catalogs = catalogs;
		this.results = results;
		this.places = places;
	}

	/** Every ticket: the running ones in result order, then those that withdrew. */
	List<CandidateLine> candidates() {
		ElectionCatalog election = this.catalogs.current();
		BallotResult national = this.results.national(Ballot.PRESIDENT);
		List<CandidateLine> running = new ArrayList<>();
		for (ResultLine line : ResultLine.of(national, election)) {
			if (line.ticket() != null) {
				running.add(line(line.ticket(), election, national));
			}
		}
		election.tickets()
			.stream()
			.filter((ticket) -> election.party(ticket.partyCode()).orElseThrow().withdrawn())
			.forEach((ticket) -> running.add(line(ticket, election, national)));
		return running;
	}

	private static CandidateLine line(ElectionCatalog.TicketInfo ticket, ElectionCatalog election,
			BallotResult national) {
		AreaShare share = AreaShare.of(ticket.president(), "", national, ticket.partyCode());
		return new CandidateLine(ticket, election.party(ticket.partyCode()).orElseThrow(), share.votes(), share.rank());
	}

	CandidateView candidate(String slug) {
		ElectionCatalog election = this.catalogs.current();
		ElectionCatalog.TicketInfo ticket = election.ticketBySlug(slug)
			.orElseThrow(() -> new CandidateNotFoundException(slug));
		ElectionCatalog.PartyInfo party = election.party(ticket.partyCode()).orElseThrow();
		BallotResult national = this.results.national(Ballot.PRESIDENT);
		AreaShare nationally = AreaShare.of(ticket.president(), "/", national, party.code());
		List<AreaShare> departments = this.places.departmentLines()
			.stream()
			.map((line) -> AreaShare.of(line.name(), line.href(), line.result(), party.code()))
			.toList();
		AreaLine abroadLine = this.places.abroadLine();
		AreaShare abroad = AreaShare.of("", abroadLine.href(), abroadLine.result(), party.code());
		List<AreaShare> counted = departments.stream().filter((d) -> d.counted() && d.votes() != null).toList();
		Comparator<AreaShare> byShare = Comparator.comparing(AreaShare::share, EXACT);
		AreaShare strongest = (counted.size() < 2) ? null : counted.stream().max(byShare).orElseThrow();
		AreaShare weakest = (counted.size() < 2) ? null : counted.stream().min(byShare).orElseThrow();
		return new CandidateView(ticket, party, national, nationally.votes(), nationally.rank(), departments, abroad,
				strongest, weakest);
	}

}
