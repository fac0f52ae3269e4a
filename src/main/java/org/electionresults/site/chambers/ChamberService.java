package org.electionresults.site.chambers;

import org.electionresults.election.DepartmentPlan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.electionresults.results.BallotResult;
import org.electionresults.results.PartyVotes;
import org.electionresults.results.ResultsService;
import org.electionresults.site.PlaceLinks;
import org.electionresults.seats.ConstituencyResult;
import org.electionresults.seats.DeputiesDepartmentResult;
import org.electionresults.seats.DeputiesResult;
import org.electionresults.seats.PartyDeputies;
import org.electionresults.seats.PartySeats;
import org.electionresults.seats.SeatsService;
import org.electionresults.seats.SenateDepartmentResult;
import org.electionresults.seats.SenateResult;

import org.springframework.stereotype.Service;

/** The chambers' pages: the seat allocations laid out for a hemicycle and its tables. */
@Service
class ChamberService {

	private final ElectionCatalogService catalogs;

	private final ResultsService results;

	private final SeatsService seats;

	ChamberService(ElectionCatalogService catalogs, ResultsService results, SeatsService seats) {
		this.catalogs = catalogs;
		this.results = results;
		this.seats = seats;
	}

	ChamberView senate() {
		ElectionCatalog election = this.catalogs.current();
		SenateResult senate = this.seats.senate();
		BallotResult president = this.results.national(Ballot.PRESIDENT);
		Map<String, ChamberView.ChamberParty> parties = new LinkedHashMap<>();
		for (PartySeats party : senate.totals()) {
			parties.put(party.party(), party(election, president, party.party(), party.seats(), 0, 0, 0));
		}
		addRunning(parties, election, president);
		List<ChamberView.ChamberParty> ordered = ordered(parties);
		List<ChamberView.ChamberDepartment> departments = new ArrayList<>();
		for (SenateDepartmentResult department : senate.departments()) {
			Map<String, Integer> won = new LinkedHashMap<>();
			department.parties().forEach((party) -> won.put(party.party(), party.seats()));
			departments.add(department(election, department.department(), department.seats(), ordered, won,
					department.pendingSeats(), department.tiedSeats(), department.tiedParties()));
		}
		int total = senate.departments().stream().mapToInt(SenateDepartmentResult::seats).sum();
		Hemicycle hemicycle = Hemicycle.of(total);
		return new ChamberView(Chamber.SENATE, total, ordered, senate.tiedSeats(), senate.pendingSeats(), hemicycle,
				drawn(hemicycle, ordered, senate.tiedSeats()), departments, this.seats.provisional(), List.of(),
				List.of());
	}

	ChamberView deputies() {
		ElectionCatalog election = this.catalogs.current();
		DeputiesResult deputies = this.seats.deputies();
		BallotResult president = this.results.national(Ballot.PRESIDENT);
		Map<String, ChamberView.ChamberParty> parties = new LinkedHashMap<>();
		for (PartyDeputies party : deputies.totals()) {
			if (party.total() > 0) {
				parties.put(party.party(), party(election, president, party.party(), party.total(), party.uninominal(),
						party.plurinominal(), party.special()));
			}
		}
		addRunning(parties, election, president);
		List<ChamberView.ChamberParty> ordered = ordered(parties);
		List<ChamberView.ChamberDepartment> departments = new ArrayList<>();
		for (DeputiesDepartmentResult department : deputies.departments()) {
			Map<String, Integer> won = new LinkedHashMap<>();
			department.parties().forEach((party) -> won.put(party.party(), party.total()));
			List<String> tiedParties = new ArrayList<>(department.tiedPlurinominalParties());
			department.undecidedUninominal().stream().map(ConstituencyResult::parties).forEach(tiedParties::addAll);
			department.undecidedSpecial().stream().map(ConstituencyResult::parties).forEach(tiedParties::addAll);
			departments.add(department(election, department.department(), department.plan().total(), ordered, won,
					department.pendingSeats(), department.tiedSeats(), tiedParties.stream().distinct().toList()));
		}
		int total = deputies.departments().stream().mapToInt((department) -> department.plan().total()).sum();
		Hemicycle hemicycle = Hemicycle.of(total);
		return new ChamberView(Chamber.DEPUTIES, total, ordered, deputies.tiedSeats(), deputies.pendingSeats(),
				hemicycle, drawn(hemicycle, ordered, deputies.tiedSeats()), departments, this.seats.provisional(),
				this.seats.constituencies(Ballot.UNINOMINAL), this.seats.constituencies(Ballot.SPECIAL));
	}

	private static ChamberView.ChamberParty party(ElectionCatalog election, BallotResult president, String code,
			int seats, int uninominal, int plurinominal, int special) {
		ElectionCatalog.PartyInfo party = election.party(code).orElseThrow();
		return new ChamberView.ChamberParty(code, party.shortName(), party.name(), party.color(), seats, uninominal,
				plurinominal, special, president.party(code).map(PartyVotes::share).orElse(null));
	}

	/** The presidential parties still running are listed even without a seat. */
	private static void addRunning(Map<String, ChamberView.ChamberParty> parties, ElectionCatalog election,
			BallotResult president) {
		for (PartyVotes votes : president.parties()) {
			parties.computeIfAbsent(votes.code(), (code) -> party(election, president, code, 0, 0, 0, 0));
		}
	}

	/**
	 * Most seats first, then most presidential votes: the order the seats are drawn in.
	 */
	private static List<ChamberView.ChamberParty> ordered(Map<String, ChamberView.ChamberParty> parties) {
		Comparator<ChamberView.ChamberParty> bySeats = Comparator.comparingInt(ChamberView.ChamberParty::seats);
		Comparator<ChamberView.ChamberParty> byVotes = Comparator
			.comparingLong((party) -> (party.votes() != null) ? party.votes().part() : -1);
		return parties.values().stream().sorted(bySeats.thenComparing(byVotes).reversed()).toList();
	}

	private static ChamberView.ChamberDepartment department(ElectionCatalog election, int id, int seats,
			List<ChamberView.ChamberParty> parties, Map<String, Integer> won, int pending, int tied,
			List<String> tiedParties) {
		String name = election.department(id).map(DepartmentPlan::name).orElse(Integer.toString(id));
		return new ChamberView.ChamberDepartment(id, name, PlaceLinks.department(id), seats,
				parties.stream().map((party) -> won.getOrDefault(party.code(), 0)).toList(), pending, tied,
				tiedParties.stream()
					.map((code) -> election.party(code).map(ElectionCatalog.PartyInfo::shortName).orElse(code))
					.toList());
	}

	/** Each party's seats in order, then the tied seats, then the pending ones. */
	private static List<ChamberView.DrawnSeat> drawn(Hemicycle hemicycle, List<ChamberView.ChamberParty> parties,
			int tied) {
		List<ChamberView.DrawnSeat> drawn = new ArrayList<>();
		List<Hemicycle.Seat> positions = hemicycle.seats();
		for (ChamberView.ChamberParty party : parties) {
			for (int i = 0; i < party.seats(); i++) {
				drawn.add(new ChamberView.DrawnSeat(positions.get(drawn.size()), ChamberView.SeatState.WON, party));
			}
		}
		for (int i = 0; i < tied; i++) {
			drawn.add(new ChamberView.DrawnSeat(positions.get(drawn.size()), ChamberView.SeatState.TIED, null));
		}
		while (drawn.size() < positions.size()) {
			drawn.add(new ChamberView.DrawnSeat(positions.get(drawn.size()), ChamberView.SeatState.PENDING, null));
		}
		return drawn;
	}

}
