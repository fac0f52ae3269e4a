package org.electionresults.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each rule at its boundaries, with the published thresholds. */
class ReviewRulesTests {

	private final ReviewRules rules = new ReviewRules(ReviewThresholds.defaults());

	@Test
	void fullTurnoutWhenEveryRegisteredVoterVoted() {
		assertThat(rules(acta(1, 100, 100, 0, 0, 60, 40))).containsExactly(ReviewRule.FULL_TURNOUT);
		assertThat(rules(acta(1, 100, 99, 0, 0, 60, 39))).isEmpty();
		assertThat(rules(acta(1, 0, 0, 0, 0, 0, 0))).as("no registered voters: nothing to say").isEmpty();
	}

	@Test
	void onePartyAtExactlyNinetyNinePercentButNotBelow() {
		// 99 of 100 valid = 99 %: flagged; 98.99 % (9899 of 10000) is not
		assertThat(rules(acta(1, 300, 100, 0, 0, 99, 1))).containsExactly(ReviewRule.ONE_PARTY);
		assertThat(rules(acta(1, 20000, 10000, 0, 0, 9899, 101))).isEmpty();
		assertThat(rules(acta(1, 20000, 10000, 0, 0, 9900, 100))).containsExactly(ReviewRule.ONE_PARTY);
	}

	@Test
	void onePartyNeedsTwentyValidVotes() {
		assertThat(rules(acta(1, 100, 19, 0, 0, 19, 0))).isEmpty();
		assertThat(rules(acta(1, 100, 20, 0, 0, 20, 0))).containsExactly(ReviewRule.ONE_PARTY);
		Flag flag = this.rules.mesa(acta(7, 100, 20, 0, 0, 0, 20)).get(0);
		assertThat(flag.party()).isEqualTo(1);
		assertThat(flag.value()).isEqualTo(20);
		assertThat(flag.base()).isEqualTo(20);
	}

	@Test
	void highNullAndBlankFromExactlyFifteenPercentOfTheVotesCast() {
		// 15 of 100 cast: flagged; 14 of 100 or 149 of 1000 (14.9 %) not
		assertThat(rules(acta(1, 200, 100, 0, 15, 50, 35))).containsExactly(ReviewRule.HIGH_NULL);
		assertThat(rules(acta(1, 200, 100, 0, 14, 50, 36))).isEmpty();
		assertThat(rules(acta(1, 2000, 1000, 0, 149, 500, 351))).isEmpty();
		assertThat(rules(acta(1, 200, 100, 15, 0, 50, 35))).containsExactly(ReviewRule.HIGH_BLANK);
		assertThat(rules(acta(1, 200, 100, 14, 0, 50, 36))).isEmpty();
		assertThat(rules(acta(1, 200, 0, 0, 0, 0, 0))).as("nothing cast").isEmpty();
	}

	@Test
	void stationRulesNeedThreeCountedMesas() {
		ReviewedActa odd = acta(3, 200, 100, 0, 0, 90, 10);
		List<ReviewedActa> two = List.of(acta(1, 200, 100, 0, 0, 40, 60), odd);
		assertThat(this.rules.station(two)).isEmpty();
		List<ReviewedActa> three = List.of(acta(1, 200, 100, 0, 0, 40, 60), acta(2, 200, 100, 0, 0, 40, 60), odd);
		assertThat(this.rules.station(three)).extracting(Flag::mesaCode, Flag::rule)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, ReviewRule.SHARE_OUT_OF_LINE));
	}

	@Test
	void shareOutOfLineFromExactlyThirtyPointsOffTheMedianOfTheOthers() {
		// others at 40 % and 40 %: 70 % is 30 points off (flagged), 69 % is not
		assertThat(codes(station(acta(3, 200, 100, 0, 0, 70, 30)))).containsExactly(3);
		assertThat(station(acta(3, 200, 100, 0, 0, 69, 31))).isEmpty();
		Flag flag = station(acta(3, 200, 100, 0, 0, 70, 30)).get(0);
		assertThat(flag.party()).as("both parties are 30 points off: the first in column order").isEqualTo(0);
		assertThat(flag.median()).isEqualTo(Ratio.of(2, 5));
	}

	@Test
	void theMedianOfAnEvenNumberOfOthersIsTheMeanOfTheTwoMiddleOnes() {
		// others: 10 %, 20 %, 60 %, 90 % -> median (20 + 60) / 2 = 40 %; 70 % is exactly 30 points off
		List<ReviewedActa> station = List.of(acta(1, 200, 100, 0, 0, 10, 90), acta(2, 200, 100, 0, 0, 20, 80),
				acta(4, 200, 100, 0, 0, 60, 40), acta(5, 200, 100, 0, 0, 90, 10), acta(9, 200, 100, 0, 0, 70, 30));
		List<Flag> flags = this.rules.station(station).stream().filter((flag) -> flag.mesaCode() == 9).toList();
		assertThat(flags).extracting(Flag::rule).containsExactly(ReviewRule.SHARE_OUT_OF_LINE);
		assertThat(flags.get(0).median()).isEqualTo(Ratio.of(2, 5));
		// 69 % is not
		List<ReviewedActa> closer = List.of(acta(1, 200, 100, 0, 0, 10, 90), acta(2, 200, 100, 0, 0, 20, 80),
				acta(4, 200, 100, 0, 0, 60, 40), acta(5, 200, 100, 0, 0, 90, 10), acta(9, 200, 100, 0, 0, 69, 31));
		assertThat(this.rules.station(closer).stream().filter((flag) -> flag.mesaCode() == 9)).isEmpty();
	}

	@Test
	void theMedianOfAnOddNumberOfOthersIsTheMiddleOne() {
		assertThat(ReviewRules.median(List.of(acta(1, 10, 10, 0, 0, 1, 9), acta(2, 10, 10, 0, 0, 3, 7),
				acta(3, 10, 10, 0, 0, 2, 8)), (a) -> Ratio.of(a.votes(0), a.valid()))).isEqualTo(Ratio.of(1, 5));
		assertThat(ReviewRules.median(List.of(acta(1, 10, 10, 0, 0, 1, 9), acta(2, 10, 10, 0, 0, 4, 6)),
				(a) -> Ratio.of(a.votes(0), a.valid()))).isEqualTo(Ratio.of(1, 4));
	}

	@Test
	void othersWithoutValidVotesAreLeftOutOfTheShareMedian() {
		// the station has 3 counted mesas, but one other has no valid votes: the median is of one value
		List<ReviewedActa> station = List.of(acta(1, 200, 10, 0, 10, 0, 0), acta(2, 200, 100, 0, 0, 40, 60),
				acta(3, 200, 100, 0, 0, 80, 20));
		assertThat(this.rules.station(station)).filteredOn((flag) -> flag.rule() == ReviewRule.SHARE_OUT_OF_LINE)
			.extracting(Flag::mesaCode)
			.containsExactlyInAnyOrder(2, 3);
	}

	@Test
	void turnoutOutOfLineFromExactlyTwentyFivePoints() {
		// others at 80 % and 80 %: 55 % is 25 points off, 56 % is not
		List<ReviewedActa> flagged = List.of(acta(1, 100, 80, 0, 0, 40, 40), acta(2, 100, 80, 0, 0, 40, 40),
				acta(3, 100, 55, 0, 0, 27, 28));
		assertThat(this.rules.station(flagged)).extracting(Flag::mesaCode, Flag::rule)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, ReviewRule.TURNOUT_OUT_OF_LINE));
		List<ReviewedActa> within = List.of(acta(1, 100, 80, 0, 0, 40, 40), acta(2, 100, 80, 0, 0, 40, 40),
				acta(3, 100, 56, 0, 0, 28, 28));
		assertThat(this.rules.station(within)).isEmpty();
	}

	@Test
	void turnoutComparesExactlyWithoutRoundedFloats() {
		// 1/3 against others at 7/12: exactly 25 points apart (0.58333... - 0.33333...)
		List<ReviewedActa> station = List.of(acta(1, 12, 7, 0, 0, 4, 3), acta(2, 12, 7, 0, 0, 4, 3),
				acta(3, 3, 1, 0, 0, 1, 0));
		assertThat(this.rules.station(station)).extracting(Flag::rule).contains(ReviewRule.TURNOUT_OUT_OF_LINE);
	}

	@Test
	void ratiosCompareExactly() {
		assertThat(Ratio.of(1, 3).compareTo(Ratio.of(333, 1000))).isPositive();
		assertThat(Ratio.of(2, 6)).isEqualTo(Ratio.of(1, 3)).hasSameHashCodeAs(Ratio.of(1, 3));
		assertThat(Ratio.of(7, 12).atLeastPointsFrom(Ratio.of(1, 3), 25)).isTrue();
		assertThat(Ratio.of(7, 12).atLeastPointsFrom(Ratio.of(1, 3), 26)).isFalse();
		assertThat(Ratio.mean(Ratio.of(1, 5), Ratio.of(3, 5))).isEqualTo(Ratio.of(2, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> Ratio.of(1, 0));
	}

	@Test
	void thresholdsAreValidated() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ReviewThresholds(20, 101, 15, 15, 3, 30, 25));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReviewThresholds(20, 99, 15, 15, 1, 30, 25));
	}

	private List<ReviewRule> rules(ReviewedActa acta) {
		return this.rules.mesa(acta).stream().map(Flag::rule).toList();
	}

	private List<Flag> station(ReviewedActa odd) {
		return this.rules
			.station(List.of(acta(1, 200, 100, 0, 0, 40, 60), acta(2, 200, 100, 0, 0, 40, 60), odd))
			.stream()
			.filter((flag) -> flag.mesaCode() == odd.mesaCode())
			.toList();
	}

	private static List<Integer> codes(List<Flag> flags) {
		return flags.stream().map(Flag::mesaCode).toList();
	}

	static ReviewedActa acta(int code, int registered, int cast, int blank, int nullVotes, int... running) {
		return new ReviewedActa(code, registered, cast, blank, nullVotes, running);
	}

}
