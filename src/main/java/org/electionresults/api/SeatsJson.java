package org.electionresults.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.seats.ConstituencyResult;
import org.electionresults.seats.ConstituencyStatus;
import org.electionresults.seats.DeputiesDepartmentResult;
import org.electionresults.seats.DeputiesResult;
import org.electionresults.seats.PartyDeputies;
import org.electionresults.seats.PartySeats;
import org.electionresults.seats.SenateDepartmentResult;
import org.electionresults.seats.SenateResult;

/**
 * A chamber's seats as the public API shows them: decided seats per party, seats still pending,
 * seats tied (for the tribunal to decide), per department and in total.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SeatsJson(String chamber, int total, boolean provisional, int decided, int pending, int tied,
		List<PartyJson> parties, List<DepartmentJson> departments, List<TieJson> ties) {

	static SeatsJson senate(SenateResult result, boolean provisional, ElectionCatalog election) {
		List<DepartmentJson> departments = result.departments()
			.stream()
			.map((department) -> new DepartmentJson(department.department(), name(election, department.department()),
					department.seats(), department.pendingSeats(), department.tiedSeats(),
					senateParties(department.parties())))
			.toList();
		List<TieJson> ties = result.departments()
			.stream()
			.filter((department) -> department.tiedSeats() > 0)
			.map((department) -> new TieJson(department.department(), null, department.tiedSeats(),
					department.tiedParties()))
			.toList();
		int total = result.departments().stream().mapToInt(SenateDepartmentResult::seats).sum();
		return new SeatsJson("SENATE", total, provisional, result.decidedSeats(), result.pendingSeats(),
				result.tiedSeats(), senateParties(result.totals()), departments, ties);
	}

	static SeatsJson deputies(DeputiesResult result, boolean provisional, ElectionCatalog election) {
		List<DepartmentJson> departments = result.departments()
			.stream()
			.map((department) -> new DepartmentJson(department.department(), name(election, department.department()),
					department.plan().total(), department.pendingSeats(), department.tiedSeats(),
					deputiesParties(department.parties())))
			.toList();
		List<TieJson> ties = result.departments().stream().flatMap((department) -> ties(department).stream()).toList();
		int total = result.departments().stream().mapToInt((department) -> department.plan().total()).sum();
		return new SeatsJson("DEPUTIES", total, provisional, result.decidedSeats(), result.pendingSeats(),
				result.tiedSeats(), deputiesParties(result.totals()), departments, ties);
	}

	private static List<TieJson> ties(DeputiesDepartmentResult department) {
		List<TieJson> ties = new ArrayList<>();
		addTiedConstituencies(ties, department.department(), "UNINOMINAL", department.undecidedUninominal());
		addTiedConstituencies(ties, department.department(), "SPECIAL", department.undecidedSpecial());
		if (department.tiedPlurinominal() > 0) {
			ties.add(new TieJson(department.department(), "PLURINOMINAL", department.tiedPlurinominal(),
					department.tiedPlurinominalParties()));
		}
		return ties;
	}

	private static void addTiedConstituencies(List<TieJson> ties, int department, String kind,
			List<ConstituencyResult> constituencies) {
		constituencies.stream()
			.filter((c) -> c.status() == ConstituencyStatus.TIED)
			.forEach((c) -> ties.add(new TieJson(department, kind + " " + c.constituency(), 1, c.parties())));
	}

	private static List<PartyJson> senateParties(List<PartySeats> parties) {
		return parties.stream()
			.filter((party) -> party.seats() > 0)
			.map((party) -> new PartyJson(party.party(), party.seats(), null, null, null))
			.toList();
	}

	private static List<PartyJson> deputiesParties(List<PartyDeputies> parties) {
		return parties.stream()
			.filter((party) -> party.total() > 0)
			.map((party) -> new PartyJson(party.party(), party.total(), party.uninominal(), party.plurinominal(),
					party.special()))
			.toList();
	}

	private static String name(ElectionCatalog election, int department) {
		return election.department(department).map((plan) -> plan.name()).orElse(Integer.toString(department));
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PartyJson(String code, int seats, Integer uninominal, Integer plurinominal, Integer special) {

	}

	record DepartmentJson(int id, String name, int seats, int pending, int tied, List<PartyJson> parties) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TieJson(int department, String seat, int seats, List<String> parties) {

	}

}
