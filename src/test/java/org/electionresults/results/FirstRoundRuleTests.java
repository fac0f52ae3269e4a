package org.electionresults.results;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * Hand-worked cases of {@link FirstRoundRule}. Vote maps are written in the order of the
 * numbers worked out in each comment.
 */
class FirstRoundRuleTests {

	private static Map<String, Long> votes(Object... codesAndVotes) {
		Map<String, Long> votes = new LinkedHashMap<>();
		for (int i = 0; i < codesAndVotes.length; i += 2) {
			votes.put((String) codesAndVotes[i], ((Number) codesAndVotes[i + 1]).longValue());
		}
		return votes;
	}

	@Nested
	class Verdict {

		@Test
		void official2020IsAFirstRoundMajorityWith55Point10Percent() {
			FirstRoundVerdict verdict = FirstRoundRule.verdict(6_159_120, votes("MAS_IPSP", 3_393_978, "CC", 1_775_943,
					"CREEMOS", 862_184, "FPV", 95_245, "PAN_BOL", 31_770));
			assertThat(verdict.outcome()).isEqualTo(FirstRoundOutcome.WON_MAJORITY);
			assertThat(verdict.winner()).hasValue("MAS_IPSP");
			assertThat(verdict.leaders()).containsExactly("MAS_IPSP");
			assertThat(verdict.runnersUp()).containsExactly("CC");
			assertThat(verdict.leaderVotes()).isEqualTo(3_393_978);
			assertThat(verdict.runnerUpVotes()).isEqualTo(1_775_943);
			assertThat(verdict.leaderShareBasisPoints()).isEqualTo(5510);
			assertThat(verdict.runnerUpShareBasisPoints()).isEqualTo(2883);
			assertThat(verdict.leadBasisPoints()).isEqualTo(2627);
			assertThat(verdict.votesToMajority()).isZero();
			assertThat(verdict.votesToLeadThreshold()).isZero();
			assertThat(verdict.runoffTickets()).isEmpty();
		}

		@Test
		void annulled2019IsAFirstRoundWinBy40Plus10WithALeadOf10Point57() {
			// 6,137,671 valid votes, of which 1,007,392 for the tickets other than
			// MAS-IPSP and CC
			FirstRoundVerdict verdict = FirstRoundRule.verdict(6_137_671,
					votes("MAS_IPSP", 2_889_359, "CC", 2_240_920, "OTHER", 1_007_392));
			assertThat(verdict.outcome()).isEqualTo(FirstRoundOutcome.WON_LEAD);
			assertThat(verdict.winner()).hasValue("MAS_IPSP");
			assertThat(verdict.leaderShareBasisPoints()).isEqualTo(4708);
			assertThat(verdict.runnerUpShareBasisPoints()).isEqualTo(3651);
			// the figures shown add up; the unrounded lead is 10.5649 points
			assertThat(verdict.leadBasisPoints()).isEqualTo(1057);
			assertThat(verdict.votesToLeadThreshold()).isZero();
			// 6,137,671 − 2·2,889,359 + 1
			assertThat(verdict.votesToMajority()).isEqualTo(358_954);
		}

		@Test
		void exactlyHalfIsNotAMajority() {
			FirstRoundVerdict verdict = FirstRoundRule.verdict(votes("A", 500, "B", 450, "C", 50));
			// 2·500 = 1000, not above 1000; lead 50 of 1000 is 5 points
			assertThat(verdict.outcome()).isEqualTo(FirstRoundOutcome.RUNOFF);
			assertThat(verdict.runoffTickets()).containsExactly("A", "B");
			// x = 1: 2·501 = 1002 > 1001
			assertThat(verdict.votesToMajority()).isEqualTo(1);
		}

		@Test
		void halfPlusOneVoteIsAMajorityWhateverTheLead() {
			FirstRoundVerdict verdict = FirstRoundRule.verdict(votes("A", 501, "B", 449, "C", 50));
			assertThat(verdict.outcome()).isEqualTo(FirstRoundOutcome.WON_MAJORITY);
			assertThat(verdict.votesToMajority()).isZero();
			// lead 52 of 1000 is under 10 points: 9x ≥ 1000 − 520 gives x = 54
			assertThat(verdict.votesToLeadThreshold()).isEqualTo(54);
		}

		@Test
		void exactlyFortyPercentWithExactlyTenPointsWins() {
			FirstRoundVerdict verdict = FirstRoundRule.verdict(votes("A", 400, "B", 300, "C", 200, "D", 100));
			// 10·400 = 4·1000 and 10·(400 − 300) = 1000
			assertThat(verdict.outcome()).isEqualTo(FirstRoundOutcome.WON_LEAD);
			assertThat(verdict.leaderShareBasisPoints()).isEqualTo(4000);
			assertThat(verdict.leadBasisPoints()).isEqualTo(1000);
			assertThat(verdict.votesToLeadThreshold()).isZero();
			assertThat(verdict.votesToMajority()).isEqualTo(201);
		}

		@Test
		void oneVoteShortOfFortyPercentIsARunoff() {
			FirstRoundVerdict verdict = FirstRoundRule.verdict(votes("A", 399, "B", 299, "C", 200, "D", 102));
			// 3990 < 4000 although the lead is exactly 10 points
			assertThat(verdict.outcome()).isEqualTo(FirstRoundOutcome.RUNOFF);
			assertThat(verdict.runoffTickets()).containsExactly("A", "B");
			// each extra vote raises V too: x = 1 gives 4000 < 4004, x = 2 gives
			// 4010 ≥ 4008
			assertThat(verdict.votesToLeadThreshold()).isEqualTo(2);
		}

		@Test
		void oneVoteShortOfATenPointLeadIsARunoff() {
			FirstRoundVerdict verdict = FirstRoundRule.verdict(votes("A", 400, "B", 301, "C", 200, "D", 99));
			// 10·99 = 990 < 1000 although A has exactly 40 %
			assertThat(verdict.outcome()).isEqualTo(FirstRoundOutcome.RUNOFF);
			// x = 1 gives 1000 < 1001, x = 2 gives 1010 ≥ 1002
			assertThat(verdict.votesToLeadThreshold()).isEqualTo(2);
		}

		@Test
		void winWithATieForSecondIsStillAWin() {
			FirstRoundVerdict verdict = FirstRoundRule.verdict(votes("A", 400, "B", 300, "C", 300));
			assertThat(verdict.outcome()).isEqualTo(FirstRoundOutcome.WON_LEAD);
			assertThat(verdict.tieForSecond()).isTrue();
			assertThat(verdict.runnersUp()).containsExactly("B", "C");
		}

		@Test
		void tieForFirstIsARunoffBetweenTheTiedTickets() {
			FirstRoundVerdict verdict = FirstRoundRule.verdict(votes("B", 450, "A", 450, "C", 100));
			assertThat(verdict.outcome()).isEqualTo(FirstRoundOutcome.RUNOFF);
			assertThat(verdict.tieForFirst()).isTrue();
			assertThat(verdict.tieForSecond()).isFalse();
			assertThat(verdict.leaders()).containsExactly("A", "B");
			assertThat(verdict.runnersUp()).isEmpty();
			assertThat(verdict.runnerUpVotes()).isEqualTo(450);
			assertThat(verdict.leadBasisPoints()).isZero();
			assertThat(verdict.winner()).isEmpty();
			assertThat(verdict.runoffTickets()).containsExactly("A", "B");
			// 2(450 + x) > 1000 + x from x = 101; 9x ≥ 1000 from x = 112
			assertThat(verdict.votesToMajority()).isEqualTo(101);
			assertThat(verdict.votesToLeadThreshold()).isEqualTo(112);
		}

		@Test
		void threeWayTieForFirstLeavesTheRunoffPairUndetermined() {
			FirstRoundVerdict verdict = FirstRoundRule.verdict(votes("C", 300, "A", 300, "B", 300, "D", 100));
			assertThat(verdict.outcome()).isEqualTo(FirstRoundOutcome.RUNOFF);
			assertThat(verdict.leaders()).containsExactly("A", "B", "C");
			assertThat(verdict.runoffTickets()).isEmpty();
		}

		@Test
		void tieForSecondLeavesTheSecondRunoffTicketUndetermined() {
			FirstRoundVerdict verdict = FirstRoundRule.verdict(votes("A", 350, "C", 250, "B", 250, "D", 150));
			assertThat(verdict.outcome()).isEqualTo(FirstRoundOutcome.RUNOFF);
			assertThat(verdict.tieForFirst()).isFalse();
			assertThat(verdict.tieForSecond()).isTrue();
			assertThat(verdict.leaders()).containsExactly("A");
			assertThat(verdict.runnersUp()).containsExactly("B", "C");
			assertThat(verdict.runnerUpVotes()).isEqualTo(250);
			assertThat(verdict.runoffTickets()).isEmpty();
		}

		@Test
		void noValidVotesGiveNoVerdict() {
			for (Map<String, Long> none : new Map[] { Map.of(), votes("A", 0, "B", 0) }) {
				FirstRoundVerdict verdict = FirstRoundRule.verdict(0, none);
				assertThat(verdict.outcome()).isEqualTo(FirstRoundOutcome.NO_VOTES);
				assertThat(verdict.leaders()).isEmpty();
				assertThat(verdict.runnersUp()).isEmpty();
				assertThat(verdict.tieForFirst()).isFalse();
				assertThat(verdict.winner()).isEmpty();
				assertThat(verdict.runoffTickets()).isEmpty();
				assertThat(verdict.leaderShareBasisPoints()).isZero();
				assertThat(verdict.votesToMajority()).isEqualTo(1);
				assertThat(verdict.votesToLeadThreshold()).isEqualTo(1);
			}
		}

		@Test
		void singleTicketWithVotesHasAMajority() {
			FirstRoundVerdict verdict = FirstRoundRule.verdict(votes("A", 7));
			assertThat(verdict.outcome()).isEqualTo(FirstRoundOutcome.WON_MAJORITY);
			assertThat(verdict.runnersUp()).isEmpty();
			assertThat(verdict.runnerUpVotes()).isZero();
			assertThat(verdict.leaderShareBasisPoints()).isEqualTo(10_000);
		}

		@Test
		void ticketsWithoutVotesAreRankedLikeOthers() {
			FirstRoundVerdict verdict = FirstRoundRule.verdict(votes("A", 10, "B", 0, "C", 0));
			assertThat(verdict.runnersUp()).containsExactly("B", "C");
			assertThat(verdict.tieForSecond()).isTrue();
		}

		@Test
		void validVotesMustBeTheSumOfTheTicketVotes() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> FirstRoundRule.verdict(1001, votes("A", 500, "B", 500)))
				.withMessageContaining("1000");
		}

		@Test
		void negativeOrMissingVotesAreRejected() {
			assertThatIllegalArgumentException().isThrownBy(() -> FirstRoundRule.verdict(votes("A", 5, "B", -1)));
			Map<String, Long> missing = new HashMap<>();
			missing.put("A", null);
			assertThatNullPointerException().isThrownBy(() -> FirstRoundRule.verdict(missing));
		}

		@Test
		void absurdlyManyVotesAreRejectedRatherThanOverflow() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> FirstRoundRule.verdict(votes("A", FirstRoundRule.MAX_VOTES, "B", 1)));
		}

		@Test
		void basisPointsRoundHalfUp() {
			assertThat(FirstRoundVerdict.basisPoints(1, 8)).isEqualTo(1250);
			assertThat(FirstRoundVerdict.basisPoints(1, 3)).isEqualTo(3333);
			assertThat(FirstRoundVerdict.basisPoints(2, 3)).isEqualTo(6667);
			assertThat(FirstRoundVerdict.basisPoints(1, 20_000)).isEqualTo(1);
			assertThat(FirstRoundVerdict.basisPoints(1, 20_001)).isZero();
			assertThat(FirstRoundVerdict.basisPoints(0, 0)).isZero();
		}

	}

	@Nested
	class Assessment {

		@Test
		void completeCountIsDecidedEvenWithATie() {
			FirstRoundAssessment assessment = FirstRoundRule.assess(votes("A", 450, "B", 450, "C", 100), 0);
			assertThat(assessment.decided()).isTrue();
			assertThat(assessment.reason()).isEqualTo(FirstRoundCertainty.COUNT_COMPLETE);
			assertThat(assessment.verdict().tieForFirst()).isTrue();
		}

		@Test
		void nothingCountedIsUndecidedUntilTheCountIsComplete() {
			assertThat(FirstRoundRule.assess(votes("A", 0, "B", 0), 10).reason())
				.isEqualTo(FirstRoundCertainty.UNDECIDED_COULD_CHANGE);
			assertThat(FirstRoundRule.assess(votes("A", 0, "B", 0), 0).reason())
				.isEqualTo(FirstRoundCertainty.COUNT_COMPLETE);
		}

		@Test
		void majorityIsSecureWhileAllUncountedVotesForARivalCannotBringItToHalf() {
			Map<String, Long> counted = votes("A", 550, "B", 100, "C", 100, "D", 100, "E", 100, "F", 50);
			// 2·550 > 1000 + R up to R = 99
			assertThat(FirstRoundRule.assess(counted, 99).reason()).isEqualTo(FirstRoundCertainty.MAJORITY_SECURE);
			// R = 100 all for B: 550 of 1100 is exactly half, so only 40 + 10 is left,
			// still a win for A while 10·550 ≥ 4(1000 + R) and
			// 10(550 − 100 − R) ≥ 1000 + R, i.e. R ≤ 318
			assertThat(FirstRoundRule.assess(counted, 100).reason()).isEqualTo(FirstRoundCertainty.WINNER_SECURE);
			assertThat(FirstRoundRule.assess(counted, 318).reason()).isEqualTo(FirstRoundCertainty.WINNER_SECURE);
			assertThat(FirstRoundRule.assess(counted, 318).decided()).isFalse();
			// R = 319 all for B: 10·(550 − 419) = 1310 < 1319, a runoff
			assertThat(FirstRoundRule.assess(counted, 319).reason())
				.isEqualTo(FirstRoundCertainty.UNDECIDED_COULD_CHANGE);
			assertThat(
					FirstRoundRule.verdict(votes("A", 550, "B", 419, "C", 100, "D", 100, "E", 100, "F", 50)).outcome())
				.isEqualTo(FirstRoundOutcome.RUNOFF);
		}

		@Test
		void leadIsSecureWhileTheRunnerUpCannotCloseItAndTheLeaderCannotPassHalf() {
			Map<String, Long> counted = votes("A", 4708, "B", 3651, "C", 1641);
			// all R for B: 10(1057 − R) ≥ 10000 + R up to R = 51; all R for A:
			// 9416 + R ≤ 10000
			FirstRoundAssessment secure = FirstRoundRule.assess(counted, 51);
			assertThat(secure.reason()).isEqualTo(FirstRoundCertainty.LEAD_SECURE);
			assertThat(secure.decided()).isTrue();
			assertThat(secure.verdict().winner()).hasValue("A");
			// R = 52 for B: 10·1005 = 10050 < 10052
			assertThat(FirstRoundRule.assess(counted, 52).reason())
				.isEqualTo(FirstRoundCertainty.UNDECIDED_COULD_CHANGE);
			assertThat(FirstRoundRule.verdict(votes("A", 4708, "B", 3703, "C", 1641)).outcome())
				.isEqualTo(FirstRoundOutcome.RUNOFF);
		}

		@Test
		void leadThatCouldBecomeAMajorityIsOnlyAWinnerSecure() {
			Map<String, Long> counted = votes("A", 500, "B", 120, "C", 100, "D", 100, "E", 90, "F", 90);
			// one vote for A makes a majority; A keeps 40 + 10 up to R = 250
			// (10·500 ≥ 4(1000 + R))
			assertThat(FirstRoundRule.assess(counted, 1).reason()).isEqualTo(FirstRoundCertainty.WINNER_SECURE);
			assertThat(FirstRoundRule.assess(counted, 250).reason()).isEqualTo(FirstRoundCertainty.WINNER_SECURE);
			assertThat(FirstRoundRule.assess(counted, 251).reason())
				.isEqualTo(FirstRoundCertainty.UNDECIDED_COULD_CHANGE);
		}

		@Test
		void runoffIsSecureWhileTheLeaderCannotReachFortyPlusTen() {
			Map<String, Long> counted = votes("A", 4500, "B", 3800, "C", 1700);
			// all R for A: 10(700 + R) ≥ 10000 + R from R = 334 (a majority needs
			// R > 1000)
			FirstRoundAssessment secure = FirstRoundRule.assess(counted, 333);
			assertThat(secure.reason()).isEqualTo(FirstRoundCertainty.RUNOFF_SECURE);
			assertThat(secure.verdict().runoffTickets()).containsExactly("A", "B");
			assertThat(FirstRoundRule.assess(counted, 334).reason())
				.isEqualTo(FirstRoundCertainty.UNDECIDED_COULD_CHANGE);
			assertThat(FirstRoundRule.verdict(votes("A", 4834, "B", 3800, "C", 1700)).outcome())
				.isEqualTo(FirstRoundOutcome.WON_LEAD);
		}

		@Test
		void runoffIsUndecidedOnceTheThirdCouldReachTheSecond() {
			Map<String, Long> counted = votes("A", 390, "B", 300, "C", 290, "D", 20);
			// A needs R ≥ 17 for 40 + 10; C reaches B with R = 10
			assertThat(FirstRoundRule.assess(counted, 9).reason()).isEqualTo(FirstRoundCertainty.RUNOFF_SECURE);
			assertThat(FirstRoundRule.assess(counted, 10).reason())
				.isEqualTo(FirstRoundCertainty.UNDECIDED_COULD_CHANGE);
			assertThat(FirstRoundRule.verdict(votes("A", 390, "B", 300, "C", 300, "D", 20)).tieForSecond()).isTrue();
		}

		@Test
		void runoffBetweenTwoTicketsTiedForFirstCanBeSecure() {
			Map<String, Long> counted = votes("A", 400, "B", 400, "C", 200);
			// 10R ≥ 1000 + R from R = 112 would give one of them 40 + 10
			FirstRoundAssessment secure = FirstRoundRule.assess(counted, 111);
			assertThat(secure.reason()).isEqualTo(FirstRoundCertainty.RUNOFF_SECURE);
			assertThat(secure.verdict().runoffTickets()).containsExactly("A", "B");
			assertThat(FirstRoundRule.assess(counted, 112).reason())
				.isEqualTo(FirstRoundCertainty.UNDECIDED_COULD_CHANGE);
		}

		@Test
		void undeterminedRunoffPairIsUndecidedWhileVotesAreOutstanding() {
			assertThat(FirstRoundRule.assess(votes("A", 350, "B", 250, "C", 250, "D", 150), 1).reason())
				.isEqualTo(FirstRoundCertainty.UNDECIDED_COULD_CHANGE);
			assertThat(FirstRoundRule.assess(votes("A", 300, "B", 300, "C", 300, "D", 100), 1).reason())
				.isEqualTo(FirstRoundCertainty.UNDECIDED_COULD_CHANGE);
		}

		@Test
		void official2020MajorityWasSecureLongBeforeTheEnd() {
			Map<String, Long> counted = votes("MAS_IPSP", 3_393_978, "CC", 1_775_943, "CREEMOS", 862_184, "FPV", 95_245,
					"PAN_BOL", 31_770);
			// 2·3,393,978 − 6,159,120 = 628,836: a majority however fewer uncounted
			// voters vote
			assertThat(FirstRoundRule.assess(counted, 628_835).reason()).isEqualTo(FirstRoundCertainty.MAJORITY_SECURE);
			assertThat(FirstRoundRule.assess(counted, 628_836).reason())
				.isNotEqualTo(FirstRoundCertainty.MAJORITY_SECURE);
		}

		@Test
		void negativeUncountedVotersAreRejected() {
			assertThatIllegalArgumentException().isThrownBy(() -> FirstRoundRule.assess(votes("A", 1), -1));
		}

	}

}
