package org.electionresults.election;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Loads the reference data of the election the application serves ({@code elections.election-code})
 * once: it is fixed by migrations and never changes while the application runs.
 */
@Service
public class ElectionCatalogService {

	private final ElectionRepository elections;

	private final PartyRepository parties;

	private final TicketRepository tickets;

	private final DepartmentPlanRepository plans;

	private final ConstituencyRepository constituencies;

	private final String electionCode;

	private volatile ElectionCatalog catalog;

	ElectionCatalogService(ElectionRepository elections, PartyRepository parties, TicketRepository tickets,
			DepartmentPlanRepository plans, ConstituencyRepository constituencies,
			@Value("${elections.election-code:EG2020}") String electionCode) {
		this.elections = elections;
		this.parties = parties;
		this.tickets = tickets;
		this.plans = plans;
		this.constituencies = constituencies;
		this.electionCode = electionCode;
	}

	public ElectionCatalog current() {
		ElectionCatalog loaded = this.catalog;
		if (loaded == null) {
			loaded = load();
			this.catalog = loaded;
		}
		return loaded;
	}

	ElectionCatalog load() {
		Election election = this.elections.findByCode(this.electionCode)
			.orElseThrow(() -> new IllegalStateException("Election " + this.electionCode + " is not in the database"));
		Integer id = election.getId();
		List<ElectionCatalog.PartyInfo> partyInfos = this.parties.findByElectionIdOrderByPosition(id)
			.stream()
			.map((party) -> new ElectionCatalog.PartyInfo(party.getCode(), party.getPosition(), party.getName(),
					party.getShortName(), party.getColor(), party.isWithdrawn(), party.getBallots()))
			.toList();
		List<ElectionCatalog.TicketInfo> ticketInfos = this.tickets.findByElectionId(id)
			.stream()
			.map((ticket) -> new ElectionCatalog.TicketInfo(ticket.getPartyCode(), ticket.getSlug(),
					ticket.getPresident(), ticket.getVicePresident()))
			.toList();
		List<Constituency> all = this.constituencies.findByElectionIdOrderByKindAscNumberAsc(id);
		List<DepartmentPlan> departments = this.plans.findByElectionIdOrderByDepartmentId(id)
			.stream()
			.map((plan) -> departmentPlan(plan, all))
			.toList();
		return new ElectionCatalog(id, election.getCode(), election.getName(), election.getDate(), partyInfos,
				ticketInfos, departments, election.getAbroadMesas(), election.getAbroadRegistered());
	}

	private static DepartmentPlan departmentPlan(DepartmentPlanEntity plan, List<Constituency> all) {
		int departmentId = plan.getDepartmentId();
		List<Integer> uninominal = all.stream()
			.filter((c) -> c.getKind().equals("UNINOMINAL") && c.getDepartmentId() == departmentId)
			.map(Constituency::getNumber)
			.toList();
		Integer special = all.stream()
			.filter((c) -> c.getKind().equals("SPECIAL") && c.getDepartmentId() == departmentId)
			.map(Constituency::getNumber)
			.findFirst()
			.orElse(null);
		return new DepartmentPlan(departmentId, plan.getDepartment().getName(),
				plan.getSenateSeats(), plan.getUninominalSeats(), plan.getPlurinominalSeats(), plan.getSpecialSeats(),
				uninominal.stream().mapToInt(Integer::intValue).min().orElse(0),
				uninominal.stream().mapToInt(Integer::intValue).max().orElse(-1), special, plan.getExpectedMesas(),
				plan.getRegisteredVoters());
	}

}
