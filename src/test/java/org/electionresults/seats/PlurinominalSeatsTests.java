package org.electionresults.seats;

import java.util.Map;
import java.util.Set;

import org.electionresults.seats.PlurinominalSeats.ListSeats;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.electionresults.seats.DHondtTests.votes;

/**
 * Hand-worked cases of the list-seat step, {@link PlurinominalSeats}.
 */
class PlurinominalSeatsTests {

	@Test
	void listSeatsCompleteEachPartysShare() {
		// S = 3 + 3 = 6: 600 A, 300 A, 300 B, 200 A, 150 A, 150 B | 120 A: A 4, B 2, C 0
		ListSeats list = PlurinominalSeats.allocate(3, votes("A", 600, "B", 300, "C", 100), Map.of("A", 2, "B", 1),
				Set.of("A", "B", "C"));
		assertThat(list.seats()).containsOnly(Map.entry("A", 2), Map.entry("B", 1), Map.entry("C", 0));
		assertThat(list.tiedSeats()).isZero();
		assertThat(list.pendingSeats()).isZero();
	}

	@Test
	void partyWithMoreUninominalSeatsThanItsShareKeepsThemAndGetsNoListSeat() {
		// S = 4 + 2 = 6: 500 A, 400 B, 250 A, 200 B, 166.7 A, 133.3 B: A 3, B 3; B won
		// 4 > 3. Again without B and its 4 seats: S = 2, 500 A, 250 A: A 2
		ListSeats list = PlurinominalSeats.allocate(2, votes("A", 500, "B", 400, "C", 100), Map.of("B", 4),
				Set.of("A", "B", "C"));
		assertThat(list.seatsOf("A")).isEqualTo(2);
		assertThat(list.seatsOf("B")).isZero();
		assertThat(list.seatsOf("C")).isZero();
		assertThat(list.tiedSeats()).isZero();
	}

	@Test
	void uninominalSeatOfAPartyNotTakingPartIsLeftOutOfTheSharing() {
		// S = 3 + 2 − 1 = 4 among A and B: 320 A, 200 B, 160 A, 106.7 A | 100 B: A 3, B 1
		ListSeats list = PlurinominalSeats.allocate(2, votes("A", 320, "B", 200, "D", 50),
				Map.of("A", 1, "B", 1, "D", 1), Set.of("A", "B"));
		assertThat(list.seats()).containsOnly(Map.entry("A", 2), Map.entry("B", 0));
	}

	@Test
	void takingPartWithoutEnoughVotesForItsUninominalSeatEndsTheSame() {
		// S = 5: 320 A, 200 B, 160 A, 106.7 A, 100 B | 80 A, 66.7 B, 50 D: D won 1 > 0
		// and leaves with its seat, S = 4 as when D does not take part
		ListSeats list = PlurinominalSeats.allocate(2, votes("A", 320, "B", 200, "D", 50),
				Map.of("A", 1, "B", 1, "D", 1), Set.of("A", "B", "D"));
		assertThat(list.seatsOf("A")).isEqualTo(2);
		assertThat(list.seatsOf("B")).isZero();
		assertThat(list.seatsOf("D")).isZero();
	}

	@Test
	void tieForTheLastShareLeavesAListSeatTied() {
		// S = 2 + 2 = 4: 300 A, 200 B, 150 A | 100 A/3 = B/2 = C/1 for the last seat.
		// Given to A the list seats are A 2, to B: A 1 B 1, to C: A 1 C 1
		ListSeats list = PlurinominalSeats.allocate(2, votes("A", 300, "B", 200, "C", 100), Map.of("A", 1, "B", 1),
				Set.of("A", "B", "C"));
		assertThat(list.seats()).containsOnly(Map.entry("A", 1), Map.entry("B", 0), Map.entry("C", 0));
		assertThat(list.tiedSeats()).isEqualTo(1);
		assertThat(list.tiedParties()).containsExactly("A", "B", "C");
	}

	@Test
	void tieThatDecidesNothingLeavesNoTiedSeat() {
		// S = 4 with B's 2 uninominal seats: A 2, B 1, and A/3 = B/2 = C/1 tie for the
		// last share. To B: B keeps 2 with no list seat, A 2 list seats. To A or C: B is
		// in overhang, leaves, and S = 2 between A and C gives A 2. A gets 2 list seats
		// whatever the tribunal decides
		ListSeats list = PlurinominalSeats.allocate(2, votes("A", 300, "B", 200, "C", 100), Map.of("B", 2),
				Set.of("A", "B", "C"));
		assertThat(list.seatsOf("A")).isEqualTo(2);
		assertThat(list.tiedSeats()).isZero();
		assertThat(list.tiedParties()).isEmpty();
	}

	@Test
	void tieOnWhetherAPartyIsInOverhangIsFollowedThrough() {
		// S = 3 + 2 = 5: 300 A, 200 B, 150 A, then 100 three times for 2 seats. A and B:
		// B 2 = its 2 seats, list A 3. A and C: B 1 < 2 leaves, S = 3 between A and C:
		// 300 A, 150 A, then A/3 = C/1 tie again: list A 3 or A 2 C 1. B and C: list A 2,
		// C 1. Certain: A 2; one seat tied between A and C
		ListSeats list = PlurinominalSeats.allocate(3, votes("A", 300, "B", 200, "C", 100), Map.of("B", 2),
				Set.of("A", "B", "C"));
		assertThat(list.seatsOf("A")).isEqualTo(2);
		assertThat(list.seatsOf("C")).isZero();
		assertThat(list.tiedSeats()).isEqualTo(1);
		assertThat(list.tiedParties()).containsExactly("A", "C");
	}

	@Test
	void tieWithoutListSeatsToGiveChangesNothing() {
		// P = 0, S = 1: A/1 = B/1. To A: A keeps its seat; to B: A is in overhang, S = 0
		ListSeats list = PlurinominalSeats.allocate(0, votes("A", 100, "B", 100), Map.of("A", 1), Set.of("A", "B"));
		assertThat(list.tiedSeats()).isZero();
		assertThat(list.seats().values()).containsOnly(0);
	}

	@Test
	void listSeatsArePendingWhileNoTakingPartPartyHasAVote() {
		ListSeats none = PlurinominalSeats.allocate(2, votes("A", 0, "B", 0), Map.of("A", 1), Set.of("A", "B"));
		assertThat(none.pendingSeats()).isEqualTo(2);
		assertThat(none.seats()).isEmpty();
		ListSeats nobodyTakesPart = PlurinominalSeats.allocate(2, votes("A", 10), Map.of("A", 1), Set.of());
		assertThat(nobodyTakesPart.pendingSeats()).isEqualTo(2);
	}

}
