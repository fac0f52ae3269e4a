package org.electionresults.seats;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.electionresults.seats.DHondtTests.votes;

/**
 * {@link SenateAllocation} on an illustrative count.
 * <p>
 * The department figures below are <em>not</em> the official 2020 results: the repository
 * has no verified per-department presidential figures, so the official Senate totals
 * (MAS-IPSP 21, CC 11, CREEMOS 4) are not reproduced here. The round numbers are chosen
 * so that each department's D'Hondt sharing can be worked out by hand, as the comments
 * do.
 */
class SenateAllocationTests {

	private static final int SEATS = SenateAllocation.SEATS_PER_DEPARTMENT;

	private static SenateDepartmentCount department(int id, Map<String, Long> votes) {
		return new SenateDepartmentCount(id, SEATS, votes);
	}

	private static final List<SenateDepartmentCount> ILLUSTRATIVE = List.of(
			// 600 MAS, 300 MAS, 300 CC, 200 MAS | 150: MAS 3, CC 1
			department(1, votes("MAS_IPSP", 600_000, "CC", 300_000, "CREEMOS", 100_000)),
			// 500 MAS, 300 CC, 250 MAS, 200 CREEMOS | 166.7: MAS 2, CC 1, CREEMOS 1
			department(2, votes("MAS_IPSP", 500_000, "CC", 300_000, "CREEMOS", 200_000)),
			// 400 MAS, 350 CC, 200 MAS, 175 CC | 133.3: MAS 2, CC 2
			department(3, votes("MAS_IPSP", 400_000, "CC", 350_000, "CREEMOS", 50_000)),
			// 500 CREEMOS, 300 MAS, 250 CREEMOS, 200 CC | 166.7: CREEMOS 2, MAS 1, CC 1
			department(4, votes("CREEMOS", 500_000, "MAS_IPSP", 300_000, "CC", 200_000)),
			// 700 MAS, 350 MAS, 233.3 MAS, 200 CC | 175: MAS 3, CC 1
			department(5, votes("MAS_IPSP", 700_000, "CC", 200_000, "CREEMOS", 100_000)),
			// nothing counted yet: 4 seats pending
			department(6, votes("MAS_IPSP", 0, "CC", 0, "CREEMOS", 0)),
			// 300 MAS, 200 CC, 150 MAS | 100 MAS/3 = 100 CC/2 = 100 CREEMOS: tie
			department(7, votes("MAS_IPSP", 300_000, "CC", 200_000, "CREEMOS", 100_000)),
			// 450 MAS, 450 CC, 225 MAS, 225 CC | 150: MAS 2, CC 2, equal quotients fit
			department(8, votes("MAS_IPSP", 450_000, "CC", 450_000, "FPV", 100_000)),
			// 100,000 MAS / 4 = 25,000 beats FPV's single vote: MAS 4
			department(9, votes("MAS_IPSP", 100_000, "CC", 0, "FPV", 1)));

	@Test
	void illustrativeCountGivesTheHandWorkedSeats() {
		SenateResult senate = SenateAllocation.allocate(ILLUSTRATIVE);
		assertThat(senate.departments()).extracting(SenateDepartmentResult::department)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
		assertThat(seats(senate, 1)).containsExactly(tuple("MAS_IPSP", 3), tuple("CC", 1), tuple("CREEMOS", 0));
		assertThat(seats(senate, 2)).containsExactly(tuple("MAS_IPSP", 2), tuple("CC", 1), tuple("CREEMOS", 1));
		assertThat(seats(senate, 3)).containsExactly(tuple("MAS_IPSP", 2), tuple("CC", 2), tuple("CREEMOS", 0));
		assertThat(seats(senate, 4)).containsExactly(tuple("CREEMOS", 2), tuple("MAS_IPSP", 1), tuple("CC", 1));
		assertThat(seats(senate, 5)).containsExactly(tuple("MAS_IPSP", 3), tuple("CC", 1), tuple("CREEMOS", 0));
		assertThat(seats(senate, 8)).containsExactly(tuple("CC", 2), tuple("MAS_IPSP", 2), tuple("FPV", 0));
		assertThat(seats(senate, 9)).containsExactly(tuple("MAS_IPSP", 4), tuple("FPV", 0), tuple("CC", 0));
		// 3 + 2 + 2 + 1 + 3 + 2 + 2 + 4 = 19; 1 + 1 + 2 + 1 + 1 + 1 + 2 = 9; 1 + 2 = 3
		assertThat(senate.totals()).extracting(PartySeats::party, PartySeats::seats)
			.containsExactly(tuple("MAS_IPSP", 19), tuple("CC", 9), tuple("CREEMOS", 3), tuple("FPV", 0));
		assertThat(senate.seatsOf("MAS_IPSP")).isEqualTo(19);
		assertThat(senate.decidedSeats()).isEqualTo(31);
		assertThat(senate.pendingSeats()).isEqualTo(4);
		assertThat(senate.tiedSeats()).isEqualTo(1);
		assertThat(senate.decidedSeats() + senate.pendingSeats() + senate.tiedSeats()).isEqualTo(36);
	}

	@Test
	void departmentWithoutCountedVotesHasItsSeatsPending() {
		SenateDepartmentResult pending = department(SenateAllocation.allocate(ILLUSTRATIVE), 6);
		assertThat(pending.pendingSeats()).isEqualTo(4);
		assertThat(pending.decidedSeats()).isZero();
		assertThat(pending.parties()).extracting(PartySeats::seats).containsOnly(0);
	}

	@Test
	void equalQuotientsForTheLastSeatAreShownAsATie() {
		SenateDepartmentResult tied = department(SenateAllocation.allocate(ILLUSTRATIVE), 7);
		assertThat(tied.parties()).extracting(PartySeats::party, PartySeats::seats)
			.containsExactly(tuple("MAS_IPSP", 2), tuple("CC", 1), tuple("CREEMOS", 0));
		assertThat(tied.tiedSeats()).isEqualTo(1);
		assertThat(tied.tiedParties()).containsExactly("MAS_IPSP", "CC", "CREEMOS");
		assertThat(tied.decidedSeats()).isEqualTo(3);
	}

	@Test
	void nationalVotesAreSummedOverDepartments() {
		SenateResult senate = SenateAllocation
			.allocate(List.of(department(2, votes("A", 10, "B", 5)), department(1, votes("B", 7, "C", 1))));
		assertThat(senate.departments()).extracting(SenateDepartmentResult::department).containsExactly(1, 2);
		// department 1: 7, 3.5, 2.3, 1.75 beat C's 1: B 4; department 2: 10 A, 5 A, 5 B,
		// 3.3 A
		assertThat(senate.totals()).extracting(PartySeats::party, PartySeats::votes, PartySeats::seats)
			.containsExactly(tuple("B", 12L, 5), tuple("A", 10L, 3), tuple("C", 1L, 0));
	}

	@Test
	void departmentGivenTwiceIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> SenateAllocation.allocate(List.of(department(1, votes("A", 1)), department(1, votes("A", 2)))));
	}

	private static SenateDepartmentResult department(SenateResult senate, int id) {
		return senate.departments().stream().filter((d) -> d.department() == id).findFirst().orElseThrow();
	}

	private static List<org.assertj.core.groups.Tuple> seats(SenateResult senate, int id) {
		return department(senate, id).parties().stream().map((party) -> tuple(party.party(), party.seats())).toList();
	}

}
