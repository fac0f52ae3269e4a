package org.electionresults.seats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.electionresults.election.DepartmentPlan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.electionresults.seats.DHondtTests.votes;

/**
 * Hand-worked cases of {@link DeputiesAllocation}. Party codes A, B, C, D stand for
 * parties on the presidential ballot; APG stands for an indigenous organisation on the
 * special ballot only.
 */
class DeputiesAllocationTests {

	// 60 %, 30 %, 10 %: all three take part
	private static final Map<String, Long> NATIONAL = votes("A", 6_000, "B", 3_000, "C", 1_000);

	private static final DeputySeatPlan THREE_THREE_ONE = new DeputySeatPlan(3, 3, 1);

	private static DeputiesDepartmentCount department(int id, DeputySeatPlan plan, Map<String, Long> votes,
			List<ConstituencyResult> uninominal, List<ConstituencyResult> special) {
		return new DeputiesDepartmentCount(id, plan, votes, uninominal, special);
	}

	private static DeputiesDepartmentCount complete(ConstituencyResult third, ConstituencyResult special) {
		return department(1, THREE_THREE_ONE, votes("A", 600, "B", 300, "C", 100),
				List.of(ConstituencyResult.won(1, "A"), ConstituencyResult.won(2, "A"), third), List.of(special));
	}

	@Test
	void departmentDelegationIsProportionalWithUninominalSeatsInsideIt() {
		// S = 6: 600 A, 300 A, 300 B, 200 A, 150 A, 150 B: A 4 (2 uninominal + 2 list), B
		// 2 (1 + 1)
		DeputiesResult result = DeputiesAllocation.allocate(NATIONAL,
				List.of(complete(ConstituencyResult.won(3, "B"), ConstituencyResult.won(1, "APG"))));
		assertThat(result.participants()).containsExactly("A", "B", "C");
		DeputiesDepartmentResult department = result.departments().get(0);
		assertThat(department.parties())
			.extracting(PartyDeputies::party, PartyDeputies::uninominal, PartyDeputies::plurinominal,
					PartyDeputies::special, PartyDeputies::total)
			.containsExactly(tuple("A", 2, 2, 0, 4), tuple("B", 1, 1, 0, 2), tuple("APG", 0, 0, 1, 1),
					tuple("C", 0, 0, 0, 0));
		assertThat(department.decidedSeats()).isEqualTo(7);
		assertThat(department.pendingSeats()).isZero();
		assertThat(department.tiedSeats()).isZero();
		assertThat(result.decidedSeats()).isEqualTo(7);
	}

	@Test
	void pendingConstituencyLeavesTheDepartmentsListSeatsPending() {
		DeputiesResult result = DeputiesAllocation.allocate(NATIONAL,
				List.of(complete(ConstituencyResult.pending(3), ConstituencyResult.won(1, "APG"))));
		DeputiesDepartmentResult department = result.departments().get(0);
		assertThat(department.undecidedUninominal()).containsExactly(ConstituencyResult.pending(3));
		assertThat(department.pendingPlurinominal()).isEqualTo(3);
		assertThat(department.parties()).extracting(PartyDeputies::party, PartyDeputies::total)
			.containsExactly(tuple("A", 2), tuple("APG", 1), tuple("B", 0), tuple("C", 0));
		assertThat(department.pendingSeats()).isEqualTo(4);
		assertThat(department.decidedSeats()).isEqualTo(3);
		assertThat(result.pendingSeats()).isEqualTo(4);
	}

	@Test
	void tiedConstituencyIsShownAsATieAndLeavesTheListSeatsPending() {
		DeputiesResult result = DeputiesAllocation.allocate(NATIONAL,
				List.of(complete(ConstituencyResult.tied(3, List.of("B", "A")), ConstituencyResult.won(1, "APG"))));
		DeputiesDepartmentResult department = result.departments().get(0);
		assertThat(department.undecidedUninominal()).singleElement()
			.satisfies((tie) -> assertThat(tie.parties()).containsExactly("A", "B"));
		assertThat(department.tiedSeats()).isEqualTo(1);
		assertThat(department.pendingSeats()).isEqualTo(3);
		assertThat(result.tiedSeats()).isEqualTo(1);
	}

	@Test
	void specialSeatStandsApartFromTheListSeats() {
		DeputiesResult pending = DeputiesAllocation.allocate(NATIONAL,
				List.of(complete(ConstituencyResult.won(3, "B"), ConstituencyResult.pending(1))));
		DeputiesDepartmentResult department = pending.departments().get(0);
		assertThat(department.undecidedSpecial()).containsExactly(ConstituencyResult.pending(1));
		assertThat(department.pendingPlurinominal()).isZero();
		assertThat(department.pendingSeats()).isEqualTo(1);
		assertThat(department.decidedSeats()).isEqualTo(6);
		// a special seat won by a party also on the list ballot does not enter its share
		DeputiesResult won = DeputiesAllocation.allocate(NATIONAL,
				List.of(complete(ConstituencyResult.won(3, "B"), ConstituencyResult.won(1, "A"))));
		assertThat(won.totalOf("A")).isEqualTo(new PartyDeputies("A", 600, 2, 2, 1));
	}

	@Test
	void partyOverItsShareKeepsItsUninominalSeatsAndTheDelegationStaysAtUPlusP() {
		// S = 6: A 3, B 3, but B won all 4 constituencies; without B: S = 2, A 2
		DeputiesDepartmentCount overhang = department(2, new DeputySeatPlan(4, 2, 0),
				votes("A", 500, "B", 400, "C", 100), List.of(ConstituencyResult.won(5, "B"),
						ConstituencyResult.won(6, "B"), ConstituencyResult.won(7, "B"), ConstituencyResult.won(8, "B")),
				List.of());
		DeputiesResult result = DeputiesAllocation.allocate(NATIONAL, List.of(overhang));
		assertThat(result.departments().get(0).parties())
			.extracting(PartyDeputies::party, PartyDeputies::uninominal, PartyDeputies::plurinominal)
			.containsExactly(tuple("B", 4, 0), tuple("A", 0, 2), tuple("C", 0, 0));
		assertThat(result.decidedSeats()).isEqualTo(6);
	}

	@Test
	void partyBelowThreePercentKeepsItsUninominalSeatAndShrinksTheSharing() {
		// D has 29 of 1000 national votes: 2900 < 3000, it does not take part.
		// S = 5 − 1 = 4 among A and B: 320 A, 200 B, 160 A, 106.7 A: A 3 (1 + 2 list), B
		// 1 (1 + 0)
		DeputiesResult result = DeputiesAllocation.allocate(votes("A", 600, "B", 371, "D", 29),
				List.of(threeParties()));
		assertThat(result.participants()).containsExactly("A", "B");
		assertThat(result.departments().get(0).parties())
			.extracting(PartyDeputies::party, PartyDeputies::uninominal, PartyDeputies::plurinominal)
			.containsExactly(tuple("A", 1, 2), tuple("B", 1, 0), tuple("D", 1, 0));
	}

	@Test
	void exactlyThreePercentTakesPart() {
		// D has 30 of 1000: 3000 ≥ 3000. It takes part, its share is 0 < 1 seat won, so
		// it leaves in overhang and the outcome is the same
		DeputiesResult result = DeputiesAllocation.allocate(votes("A", 600, "B", 370, "D", 30),
				List.of(threeParties()));
		assertThat(result.participants()).containsExactly("A", "B", "D");
		assertThat(result.departments().get(0).parties())
			.extracting(PartyDeputies::party, PartyDeputies::uninominal, PartyDeputies::plurinominal)
			.containsExactly(tuple("A", 1, 2), tuple("B", 1, 0), tuple("D", 1, 0));
	}

	private static DeputiesDepartmentCount threeParties() {
		return department(3, new DeputySeatPlan(3, 2, 0), votes("A", 320, "B", 200, "D", 50), List
			.of(ConstituencyResult.won(9, "A"), ConstituencyResult.won(10, "B"), ConstituencyResult.won(11, "D")),
				List.of());
	}

	@Test
	void tiedListSeatIsReportedWithThePartiesItDependsOn() {
		// S = 4: 300 A, 200 B, 150 A, then A/3 = B/2 = C/1 for the last share
		DeputiesDepartmentCount tie = department(4, new DeputySeatPlan(2, 2, 0), votes("A", 300, "B", 200, "C", 100),
				List.of(ConstituencyResult.won(12, "A"), ConstituencyResult.won(13, "B")), List.of());
		DeputiesDepartmentResult department = DeputiesAllocation.allocate(NATIONAL, List.of(tie)).departments().get(0);
		assertThat(department.tiedPlurinominal()).isEqualTo(1);
		assertThat(department.tiedPlurinominalParties()).containsExactly("A", "B", "C");
		assertThat(department.tiedSeats()).isEqualTo(1);
		assertThat(department.decidedSeats()).isEqualTo(3);
	}

	@Test
	void nothingSharedWithoutNationalVotes() {
		DeputiesResult result = DeputiesAllocation.allocate(votes("A", 0, "B", 0),
				List.of(complete(ConstituencyResult.won(3, "B"), ConstituencyResult.won(1, "APG"))));
		assertThat(result.participants()).isEmpty();
		assertThat(result.departments().get(0).pendingPlurinominal()).isEqualTo(3);
	}

	@Test
	void nationalTotalsAddUpTheDepartments() {
		DeputiesDepartmentCount overhang = department(2, new DeputySeatPlan(4, 2, 0),
				votes("A", 500, "B", 400, "C", 100), List.of(ConstituencyResult.won(5, "B"),
						ConstituencyResult.won(6, "B"), ConstituencyResult.won(7, "B"), ConstituencyResult.won(8, "B")),
				List.of());
		DeputiesResult result = DeputiesAllocation.allocate(NATIONAL,
				List.of(overhang, complete(ConstituencyResult.won(3, "B"), ConstituencyResult.won(1, "APG"))));
		assertThat(result.departments()).extracting(DeputiesDepartmentResult::department).containsExactly(1, 2);
		assertThat(result.totals())
			.extracting(PartyDeputies::party, PartyDeputies::votes, PartyDeputies::uninominal,
					PartyDeputies::plurinominal, PartyDeputies::special)
			.containsExactly(tuple("A", 1100L, 2, 4, 0), tuple("B", 700L, 5, 1, 0), tuple("APG", 0L, 0, 0, 1),
					tuple("C", 200L, 0, 0, 0));
		assertThat(result.decidedSeats()).isEqualTo(13);
	}

	@Test
	void countMustMatchTheSeatPlan() {
		assertThatIllegalArgumentException().isThrownBy(() -> department(1, THREE_THREE_ONE, votes("A", 1),
				List.of(ConstituencyResult.won(1, "A")), List.of(ConstituencyResult.won(1, "A"))));
		assertThatIllegalArgumentException().isThrownBy(() -> DeputiesAllocation.allocate(NATIONAL,
				List.of(complete(ConstituencyResult.won(3, "B"), ConstituencyResult.won(1, "APG")),
						complete(ConstituencyResult.won(3, "B"), ConstituencyResult.won(1, "APG")))));
	}

	@Test
	void seatPlanComesFromTheReferenceData() {
		DepartmentPlan laPaz = new DepartmentPlan(2, "La Paz", 4, 14, 14, 1, 6, 19, 1, 9214, 1923305);
		assertThat(DeputySeatPlan.of(laPaz)).isEqualTo(new DeputySeatPlan(14, 14, 1));
		assertThat(DeputySeatPlan.of(laPaz).total()).isEqualTo(29);
	}

	/**
	 * The 2020 seat plan of data/reference/departments.csv (U, P, special, first
	 * uninominal constituency), with an illustrative, not official, count: every seat is
	 * given once every constituency is won, 130 in all.
	 */
	@Test
	void completeIllustrativeCountFillsAll130Seats() {
		int[][] plan = { { 5, 5, 0, 1 }, { 14, 14, 1, 6 }, { 9, 9, 1, 20 }, { 4, 4, 1, 29 }, { 7, 6, 0, 33 },
				{ 4, 4, 1, 40 }, { 14, 13, 1, 44 }, { 4, 3, 1, 58 }, { 2, 2, 1, 62 } };
		List<DeputiesDepartmentCount> departments = new ArrayList<>();
		Map<String, Long> national = new LinkedHashMap<>();
		int special = 1;
		for (int i = 0; i < plan.length; i++) {
			int id = i + 1;
			DeputySeatPlan seats = new DeputySeatPlan(plan[i][0], plan[i][1], plan[i][2]);
			Map<String, Long> votes = votes("MAS_IPSP", 300_011L * (10 - id), "CC", 150_007L * (id % 4 + 2), "CREEMOS",
					90_001L * (id / 3 + 1), "FPV", 9_001L * id, "PAN_BOL", 3_001L * id);
			votes.forEach((party, count) -> national.merge(party, count, Long::sum));
			List<ConstituencyResult> uninominal = new ArrayList<>();
			for (int c = 0; c < seats.uninominal(); c++) {
				// mostly MAS-IPSP, some CC and CREEMOS, and one FPV seat (below 3 %)
				String winner = (c % 3 == 2) ? "CC" : (c % 5 == 4) ? "CREEMOS" : "MAS_IPSP";
				uninominal.add(ConstituencyResult.won(plan[i][3] + c, (id == 5 && c == 0) ? "FPV" : winner));
			}
			List<ConstituencyResult> specials = (seats.special() == 1)
					? List.of(ConstituencyResult.won(special++, "MAS_IPSP")) : List.of();
			departments.add(new DeputiesDepartmentCount(id, seats, votes, uninominal, specials));
		}
		DeputiesResult result = DeputiesAllocation.allocate(national, departments);
		assertThat(result.participants()).containsExactly("MAS_IPSP", "CC", "CREEMOS");
		assertThat(result.pendingSeats()).isZero();
		assertThat(result.tiedSeats()).isZero();
		assertThat(result.decidedSeats()).isEqualTo(130);
		assertThat(result.totals().stream().mapToInt(PartyDeputies::uninominal).sum()).isEqualTo(63);
		assertThat(result.totals().stream().mapToInt(PartyDeputies::plurinominal).sum()).isEqualTo(60);
		assertThat(result.totals().stream().mapToInt(PartyDeputies::special).sum()).isEqualTo(7);
		assertThat(result.departments())
			.allSatisfy((department) -> assertThat(department.decidedSeats()).isEqualTo(department.plan().total()));
		assertThat(result.totalOf("FPV")).isEqualTo(new PartyDeputies("FPV", national.get("FPV"), 1, 0, 0));
	}

}
