package org.electionresults.seats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.electionresults.election.ElectionReference;
import org.electionresults.results.AreaLevel;
import org.electionresults.results.BallotResult;
import org.electionresults.results.ResultsService;

import org.springframework.stereotype.Service;

/**
 * Wires the seat rules to the current results: the Senate from each department's presidential
 * vote, the Chamber of Deputies from the constituency results and the presidential vote. While the
 * count is incomplete the seats are provisional; what cannot be decided yet is pending.
 */
@Service
public class SeatsService {

	private final ElectionCatalogService catalogs;

	private final ResultsService results;

	SeatsService(ElectionCatalogService catalogs, ResultsService results) {
		this.catalogs = catalogs;
		this.results = results;
	}

	public SenateResult senate() {
		ElectionCatalog election = this.catalogs.current();
		List<SenateDepartmentCount> counts = election.departments()
			.stream()
			.map((department) -> new SenateDepartmentCount(department.id(), department.senateSeats(),
					departmentVotes(department.id())))
			.toList();
		return SenateAllocation.allocate(counts);
	}

	public DeputiesResult deputies() {
		ElectionCatalog election = this.catalogs.current();
		List<DeputiesDepartmentCount> counts = new ArrayList<>();
		for (ElectionReference.DepartmentPlan department : election.departments()) {
			List<ConstituencyResult> uninominal = new ArrayList<>();
			for (int number = department.uninominalFirst(); number <= department.uninominalLast(); number++) {
				uninominal.add(constituency(Ballot.UNINOMINAL, AreaLevel.UNINOMINAL, number));
			}
			List<ConstituencyResult> special = (department.specialConstituency() != null)
					? List.of(constituency(Ballot.SPECIAL, AreaLevel.SPECIAL, department.specialConstituency()))
					: List.of();
			counts.add(new DeputiesDepartmentCount(department.id(), DeputySeatPlan.of(department),
					departmentVotes(department.id()), uninominal, special));
		}
		// The 3 % threshold is taken on the national valid presidential vote, abroad included, as
		// in the official national total.
		Map<String, Long> national = ResultsService.ticketVotes(this.results.national(Ballot.PRESIDENT));
		return DeputiesAllocation.allocate(national, counts);
	}

	/** Whether the count behind the seats is complete (otherwise every figure is provisional). */
	public boolean provisional() {
		return !this.results.national(Ballot.PRESIDENT).progress().complete();
	}

	/** The winner, tie or pending state of one constituency. */
	public ConstituencyResult constituency(Ballot ballot, AreaLevel level, int number) {
		return this.results.area(ballot, level, Integer.toString(number))
			.filter(BallotResult::hasVotes)
			.map((result) -> ConstituencyResult.of(number, Plurality.decide(ResultsService.ticketVotes(result))))
			.orElseGet(() -> ConstituencyResult.pending(number));
	}

	private Map<String, Long> departmentVotes(int departmentId) {
		return this.results
			.area(Ballot.PRESIDENT, AreaLevel.REGION, AreaLevel.regionKey(ElectionReference.BOLIVIA, departmentId))
			.map(ResultsService::ticketVotes)
			.orElse(Map.of());
	}

}
