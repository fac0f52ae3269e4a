package org.electionresults.site.parties;

import org.electionresults.site.AreaLine;
import org.electionresults.site.places.PlaceService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.electionresults.results.BallotResult;
import org.electionresults.results.PartyVotes;
import org.electionresults.results.ResultsService;
import org.electionresults.seats.ConstituencyCount;
import org.electionresults.seats.ConstituencyResult;
import org.electionresults.seats.DeputiesDepartmentResult;
import org.electionresults.seats.DeputiesResult;
import org.electionresults.seats.PartyDeputies;
import org.electionresults.seats.SeatsService;
import org.electionresults.seats.SenateDepartmentResult;
import org.electionresults.seats.SenateResult;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The parties' pages: votes on every ballot they stand on, and seats in both chambers.
 */
@Service
class PartyService {

	private final ElectionCatalogService catalogs;

	private final ResultsService results;

	private final SeatsService seats;

	private final PlaceService places;

	PartyService(ElectionCatalogService catalogs, ResultsService results, SeatsService seats, PlaceService places) {
		this.catalogs = catalogs;
		this.results = results;
		this.seats = seats;
		this.places = places;
	}

	/**
	 * Every party: the presidential ones in result order, then the indigenous
	 * organisations by deputies won, then the parties that withdrew.
	 */
	List<PartyLine> parties() {
		ElectionCatalog election = this.catalogs.current();
		BallotResult president = this.results.national(Ballot.PRESIDENT);
		SenateResult senate = this.seats.senate();
		DeputiesResult deputies = this.seats.deputies();
		List<PartyLine> lines = new ArrayList<>();
		for (PartyVotes votes : president.parties()) {
			lines.add(line(election.party(votes.code()).orElseThrow(), votes, senate, deputies));
		}
		election.parties()
			.stream()
			.filter((party) -> !party.withdrawn() && !party.ballots().contains(Ballot.PRESIDENT))
			.map((party) -> line(party, null, senate, deputies))
			.sorted(Comparator.comparingInt(PartyLine::deputies).reversed())
			.forEach(lines::add);
		election.parties()
			.stream()
			.filter(ElectionCatalog.PartyInfo::withdrawn)
			.forEach((party) -> lines.add(line(party, null, senate, deputies)));
		return lines;
	}

	PartyView party(String code) {
		ElectionCatalog election = this.catalogs.current();
		ElectionCatalog.PartyInfo party = election.party(code).orElseThrow(() -> new PartyNotFoundException(code));
		SenateResult senate = this.seats.senate();
		DeputiesResult deputies = this.seats.deputies();
		List<PartyView.DepartmentSeats> departments = new ArrayList<>();
		List<AreaLine> departmentLines = this.places.departmentLines();
		for (int i = 0; i < departmentLines.size(); i++) {
			AreaLine line = departmentLines.get(i);
			int id = election.departments().get(i).id();
			departments.add(departmentSeats(id, line, party.code(), senate, deputies));
		}
		List<ConstituencyCount> won = new ArrayList<>();
		for (Ballot ballot : List.of(Ballot.UNINOMINAL, Ballot.SPECIAL)) {
			if (party.ballots().contains(ballot)) {
				this.seats.constituencies(ballot)
					.stream()
					.filter((constituency) -> constituency.seat().winner().filter(party.code()::equals).isPresent())
					.forEach(won::add);
			}
		}
		return new PartyView(party, election.ticketOf(party.code()).orElse(null), national(Ballot.PRESIDENT, party),
				national(Ballot.UNINOMINAL, party), national(Ballot.SPECIAL, party), senate.seatsOf(party.code()),
				deputies.totalOf(party.code()), deputies.participants().contains(party.code()), departments, won,
				this.seats.provisional());
	}

	private static PartyLine line(ElectionCatalog.PartyInfo party, @Nullable PartyVotes president, SenateResult senate,
			DeputiesResult deputies) {
		return new PartyLine(party, president, senate.seatsOf(party.code()), deputies.totalOf(party.code()).total());
	}

	private @Nullable PartyVotes national(Ballot ballot, ElectionCatalog.PartyInfo party) {
		if (party.withdrawn() || !party.ballots().contains(ballot)) {
			return null;
		}
		return this.results.national(ballot).party(party.code()).orElse(null);
	}

	private static PartyView.DepartmentSeats departmentSeats(int id, AreaLine line, String party, SenateResult senate,
			DeputiesResult deputies) {
		SenateDepartmentResult senators = senate.departments()
			.stream()
			.filter((department) -> department.department() == id)
			.findFirst()
			.orElseThrow();
		DeputiesDepartmentResult chamber = deputies.departments()
			.stream()
			.filter((department) -> department.department() == id)
			.findFirst()
			.orElseThrow();
		int senatorsWon = senators.parties()
			.stream()
			.filter((seats) -> seats.party().equals(party))
			.mapToInt((seats) -> seats.seats())
			.sum();
		PartyDeputies deputiesWon = chamber.parties()
			.stream()
			.filter((seats) -> seats.party().equals(party))
			.findFirst()
			.orElseGet(() -> new PartyDeputies(party, 0, 0, 0, 0));
		boolean tied = senators.tiedParties().contains(party) || chamber.tiedPlurinominalParties().contains(party)
				|| tiedIn(chamber.undecidedUninominal(), party) || tiedIn(chamber.undecidedSpecial(), party);
		return new PartyView.DepartmentSeats(id, line.name(), line.href(), line.result().party(party).orElse(null),
				senatorsWon, deputiesWon, tied);
	}

	private static boolean tiedIn(List<ConstituencyResult> undecided, String party) {
		return undecided.stream().anyMatch((constituency) -> constituency.parties().contains(party));
	}

}
