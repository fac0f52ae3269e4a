package org.electionresults.seats;

import org.electionresults.election.DepartmentPlan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.electionresults.results.AreaKey;
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
		Map<Integer, ConstituencyResult> uninominalSeats = seats(constituencies(Ballot.UNINOMINAL));
		Map<Integer, ConstituencyResult> specialSeats = seats(constituencies(Ballot.SPECIAL));
		List<DeputiesDepartmentCount> counts = new ArrayList<>();
		for (DepartmentPlan department : election.departments()) {
			List<ConstituencyResult> uninominal = new ArrayList<>();
			for (int number = department.uninominalFirst(); number <= department.uninominalLast(); number++) {
				uninominal.add(uninominalSeats.get(number));
			}
			List<ConstituencyResult> special = (department.specialConstituency() != null)
					? List.of(specialSeats.get(department.specialConstituency())) : List.of();
			counts.add(new DeputiesDepartmentCount(department.id(), DeputySeatPlan.of(department),
					departmentVotes(department.id()), uninominal, special));
		}
		// The 3 % threshold is taken on the national valid presidential vote, abroad included, as
		// in the official national total.
		Map<String, Long> national = ResultsService.ticketVotes(this.results.national(Ballot.PRESIDENT));
		return DeputiesAllocation.allocate(national, counts);
	}

	/**
	 * Every constituency of a single-member ballot ({@link Ballot#UNINOMINAL} or
	 * {@link Ballot#SPECIAL}) with its seat and its count, by number: two queries, whatever the
	 * number of constituencies.
	 */
	public List<ConstituencyCount> constituencies(Ballot ballot) {
		AreaLevel level = levelOf(ballot);
		ElectionCatalog election = this.catalogs.current();
		Map<String, BallotResult> counted = new HashMap<>();
		this.results.level(ballot, level).forEach((result) -> counted.put(result.area(), result));
		List<ConstituencyCount> constituencies = new ArrayList<>();
		for (DepartmentPlan department : election.departments()) {
			List<Integer> numbers = new ArrayList<>();
			if (ballot == Ballot.SPECIAL) {
				if (department.specialConstituency() != null) {
					numbers.add(department.specialConstituency());
				}
			}
			else {
				for (int number = department.uninominalFirst(); number <= department.uninominalLast(); number++) {
					numbers.add(number);
				}
			}
			for (int number : numbers) {
				String key = Integer.toString(number);
				Optional<BallotResult> result = Optional.ofNullable(counted.get(key));
				constituencies.add(new ConstituencyCount(ballot, number, department, seat(number, result),
						result.orElseGet(() -> this.results.empty(ballot, level, key, key))));
			}
		}
		constituencies.sort(Comparator.comparingInt(ConstituencyCount::number));
		return constituencies;
	}

	/** The area level of a single-member ballot's constituencies. */
	public static AreaLevel levelOf(Ballot ballot) {
		return switch (ballot) {
			case UNINOMINAL -> AreaLevel.UNINOMINAL;
			case SPECIAL -> AreaLevel.SPECIAL;
			case PRESIDENT -> throw new IllegalArgumentException("The presidential ballot has no constituencies");
		};
	}

	/** Whether the count behind the seats is complete (otherwise every figure is provisional). */
	public boolean provisional() {
		return !this.results.national(Ballot.PRESIDENT).progress().complete();
	}

	/** The winner, tie or pending state of one constituency. */
	public ConstituencyResult constituency(Ballot ballot, AreaLevel level, int number) {
		return seat(number, this.results.area(ballot, level, Integer.toString(number)));
	}

	private static ConstituencyResult seat(int number, Optional<BallotResult> result) {
		return result.filter(BallotResult::hasVotes)
			.map((counted) -> ConstituencyResult.of(number, Plurality.decide(ResultsService.ticketVotes(counted))))
			.orElseGet(() -> ConstituencyResult.pending(number));
	}

	private static Map<Integer, ConstituencyResult> seats(List<ConstituencyCount> constituencies) {
		Map<Integer, ConstituencyResult> seats = new HashMap<>();
		constituencies.forEach((constituency) -> seats.put(constituency.number(), constituency.seat()));
		return seats;
	}

	private Map<String, Long> departmentVotes(int departmentId) {
		return this.results
			.area(Ballot.PRESIDENT, AreaLevel.REGION, AreaKey.department(departmentId).value())
			.map(ResultsService::ticketVotes)
			.orElse(Map.of());
	}

}
