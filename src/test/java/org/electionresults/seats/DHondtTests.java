package org.electionresults.seats;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Hand-worked cases of {@link DHondt}.
 */
class DHondtTests {

	static Map<String, Long> votes(Object... partiesAndVotes) {
		Map<String, Long> votes = new LinkedHashMap<>();
		for (int i = 0; i < partiesAndVotes.length; i += 2) {
			votes.put((String) partiesAndVotes[i], ((Number) partiesAndVotes[i + 1]).longValue());
		}
		return votes;
	}

	// textbook example, quotients: A 100k 50k 33.3k 25k 20k; B 80k 40k 26.7k 20k; C 30k
	// 15k; D 20k
	private static final Map<String, Long> TEXTBOOK = votes("A", 100_000, "B", 80_000, "C", 30_000, "D", 20_000);

	@Test
	void textbookExampleWithEightSeats() {
		// 100k A, 80k B, 50k A, 40k B, 33.3k A, 30k C, 26.7k B, 25k A
		DHondtAllocation allocation = DHondt.allocate(8, TEXTBOOK);
		assertThat(allocation.parties()).extracting(PartySeats::party, PartySeats::votes, PartySeats::seats)
			.containsExactly(tuple("A", 100_000L, 4), tuple("B", 80_000L, 3), tuple("C", 30_000L, 1),
					tuple("D", 20_000L, 0));
		assertThat(allocation.tie()).isFalse();
		assertThat(allocation.allocatedSeats()).isEqualTo(8);
	}

	@Test
	void ninthSeatIsTiedBetweenThreeEqualQuotients() {
		// the next quotient is 20k three times: A/5, B/4, D/1
		DHondtAllocation allocation = DHondt.allocate(9, TEXTBOOK);
		assertThat(allocation.tie()).isTrue();
		assertThat(allocation.tiedSeats()).isEqualTo(1);
		assertThat(allocation.tiedParties()).containsExactly("A", "B", "D");
		assertThat(allocation.allocatedSeats()).isEqualTo(8);
		assertThat(allocation.seatsOf("A")).isEqualTo(4);
		assertThat(allocation.seatsOf("D")).isZero();
	}

	@Test
	void twoSeatsTiedAmongThreeParties() {
		DHondtAllocation allocation = DHondt.allocate(10, TEXTBOOK);
		assertThat(allocation.tiedSeats()).isEqualTo(2);
		assertThat(allocation.tiedParties()).containsExactly("A", "B", "D");
	}

	@Test
	void equalQuotientsThatAllFitAreNoTie() {
		// all three 20k quotients fit in 11 seats
		DHondtAllocation allocation = DHondt.allocate(11, TEXTBOOK);
		assertThat(allocation.tie()).isFalse();
		assertThat(allocation.parties()).extracting(PartySeats::party, PartySeats::seats)
			.containsExactly(tuple("A", 5), tuple("B", 4), tuple("C", 1), tuple("D", 1));
	}

	@Test
	void equalQuotientsAboveTheCutOffAreNoTie() {
		// 600 A, 300 A, 300 B, 200 A | 150 A, 150 B, 100 C
		DHondtAllocation allocation = DHondt.allocate(4, votes("A", 600, "B", 300, "C", 100));
		assertThat(allocation.tie()).isFalse();
		assertThat(allocation.seatsOf("A")).isEqualTo(3);
		assertThat(allocation.seatsOf("B")).isEqualTo(1);
	}

	@Test
	void exactlyEqualVotesTieForAnOddSeat() {
		DHondtAllocation allocation = DHondt.allocate(3, votes("B", 500, "A", 500));
		assertThat(allocation.parties()).extracting(PartySeats::party, PartySeats::seats)
			.containsExactly(tuple("A", 1), tuple("B", 1));
		assertThat(allocation.tiedSeats()).isEqualTo(1);
		assertThat(allocation.tiedParties()).containsExactly("A", "B");
	}

	@Test
	void quotientsAreComparedExactly() {
		// 1,000,000,001 / 3 is just above 333,333,333 / 1; 999,999,999 / 3 is exactly
		// equal
		DHondtAllocation above = DHondt.allocate(3, votes("A", 1_000_000_001, "B", 333_333_333));
		assertThat(above.seatsOf("A")).isEqualTo(3);
		DHondtAllocation tied = DHondt.allocate(3, votes("A", 999_999_999, "B", 333_333_333));
		assertThat(tied.seatsOf("A")).isEqualTo(2);
		assertThat(tied.tiedParties()).containsExactly("A", "B");
	}

	@Test
	void largePartyMayExceedItsQuotaRoundedUp() {
		// A's quota is 5 · 600 / 1000 = 3 seats, yet 600/5 = 120 beats every 80
		DHondtAllocation allocation = DHondt.allocate(5, votes("A", 600, "B", 80, "C", 80, "D", 80, "E", 80, "F", 80));
		assertThat(allocation.seatsOf("A")).isEqualTo(5);
	}

	@Test
	void partiesWithoutVotesGetNoSeat() {
		DHondtAllocation allocation = DHondt.allocate(3, votes("A", 100, "B", 0));
		assertThat(allocation.parties()).extracting(PartySeats::party, PartySeats::seats)
			.containsExactly(tuple("A", 3), tuple("B", 0));
	}

	@Test
	void resultsAreOrderedBySeatsThenVotesThenCode() {
		DHondtAllocation allocation = DHondt.allocate(2, votes("Z", 10, "C", 30, "B", 5, "A", 5, "Y", 35));
		assertThat(allocation.parties()).extracting(PartySeats::party).containsExactly("Y", "C", "Z", "A", "B");
	}

	@Test
	void noSeatsGiveNoSeats() {
		DHondtAllocation allocation = DHondt.allocate(0, votes("A", 0, "B", 0));
		assertThat(allocation.allocatedSeats()).isZero();
		assertThat(allocation.tie()).isFalse();
	}

	@Test
	void seatsCannotBeSharedWithoutVotes() {
		assertThatIllegalArgumentException().isThrownBy(() -> DHondt.allocate(4, votes("A", 0, "B", 0)));
		assertThatIllegalArgumentException().isThrownBy(() -> DHondt.allocate(4, Map.of()));
	}

	@Test
	void negativeInputIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> DHondt.allocate(-1, votes("A", 1)));
		assertThatIllegalArgumentException().isThrownBy(() -> DHondt.allocate(1, votes("A", -1, "B", 5)));
		Map<String, Long> missing = new HashMap<>();
		missing.put("A", null);
		assertThatNullPointerException().isThrownBy(() -> DHondt.allocate(1, missing));
	}

	@Test
	void resultIsImmutable() {
		DHondtAllocation allocation = DHondt.allocate(2, votes("A", 1, "B", 1, "C", 1));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> allocation.tiedParties().add("D"));
	}

}
