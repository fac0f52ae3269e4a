package org.electionresults.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of {@link FirstRoundRule} over random counts, checked against the rule's
 * conditions recomputed here from a plain sort, and, for the assessment, against the
 * final counts that random and extreme ways of voting of the uncounted voters produce.
 */
class FirstRoundRulePropertyTests {

	@Property
	void outcomeFollowsTheConstitution(@ForAll("ticketVotes") Map<String, Long> votes) {
		FirstRoundVerdict verdict = FirstRoundRule.verdict(votes);
		List<Long> sorted = votes.values().stream().sorted(Comparator.reverseOrder()).toList();
		long v = sorted.stream().mapToLong(Long::longValue).sum();
		long a = sorted.isEmpty() ? 0 : sorted.get(0);
		long b = (sorted.size() < 2) ? 0 : sorted.get(1);
		assertThat(verdict.validVotes()).isEqualTo(v);
		assertThat(verdict.leaderVotes()).isEqualTo(a);
		FirstRoundOutcome expected = (v == 0) ? FirstRoundOutcome.NO_VOTES : (2 * a > v)
				? FirstRoundOutcome.WON_MAJORITY
				: (10 * a >= 4 * v && 10 * (a - b) >= v) ? FirstRoundOutcome.WON_LEAD : FirstRoundOutcome.RUNOFF;
		assertThat(verdict.outcome()).isEqualTo(expected);
		if (v > 0) {
			assertThat(verdict.runnerUpVotes()).isEqualTo(b);
			assertThat(verdict.leaders()).isSorted()
				.allSatisfy((code) -> assertThat(votes.get(code)).isEqualTo(a))
				.hasSize((int) sorted.stream().filter((x) -> x == a).count());
		}
	}

	@Property
	void belowFortyPercentNoTicketIsElected(@ForAll("ticketVotes") Map<String, Long> votes) {
		FirstRoundVerdict verdict = FirstRoundRule.verdict(votes);
		if (10 * verdict.leaderVotes() < 4 * verdict.validVotes()) {
			assertThat(verdict.outcome().won()).isFalse();
		}
		if (verdict.outcome() == FirstRoundOutcome.WON_LEAD) {
			assertThat(10 * verdict.leaderVotes()).isGreaterThanOrEqualTo(4 * verdict.validVotes());
			assertThat(2 * verdict.leaderVotes()).isLessThanOrEqualTo(verdict.validVotes());
		}
	}

	@Property
	void aTieForFirstIsNeverAWin(@ForAll("ticketVotes") Map<String, Long> votes) {
		FirstRoundVerdict verdict = FirstRoundRule.verdict(votes);
		if (verdict.tieForFirst()) {
			assertThat(verdict.outcome()).isEqualTo(FirstRoundOutcome.RUNOFF);
			assertThat(verdict.leadBasisPoints()).isZero();
		}
	}

	@Property
	void moreVotesForTheWinnerNeverUndoAWin(@ForAll("ticketVotes") Map<String, Long> votes,
			@ForAll @LongRange(max = 100_000) long extra) {
		FirstRoundVerdict verdict = FirstRoundRule.verdict(votes);
		if (verdict.outcome().won()) {
			String winner = verdict.winner().orElseThrow();
			FirstRoundVerdict after = FirstRoundRule.verdict(plus(votes, winner, extra));
			assertThat(after.outcome().won()).isTrue();
			assertThat(after.winner()).hasValue(winner);
		}
	}

	@Property
	void distancesAreTheFewestVotesThatMeetTheThresholds(@ForAll("ticketVotes") Map<String, Long> votes) {
		FirstRoundVerdict verdict = FirstRoundRule.verdict(votes);
		long v = verdict.validVotes();
		long a = verdict.leaderVotes();
		long b = verdict.runnerUpVotes();
		long toMajority = verdict.votesToMajority();
		assertThat(2 * (a + toMajority) > v + toMajority).isTrue();
		if (toMajority > 0) {
			assertThat(2 * (a + toMajority - 1) > v + toMajority - 1).isFalse();
		}
		long toLead = verdict.votesToLeadThreshold();
		assertThat(meetsLeadThreshold(a + toLead, b, v + toLead)).isTrue();
		if (toLead > 0 && v > 0) {
			assertThat(meetsLeadThreshold(a + toLead - 1, b, v + toLead - 1)).isFalse();
		}
	}

	@Property
	void basisPointsAreTheShareRoundedHalfUp(@ForAll @LongRange(max = 10_000_000) long part,
			@ForAll @LongRange(min = 1, max = 10_000_000) long extra) {
		long whole = part + extra - 1;
		if (whole == 0) {
			return;
		}
		BigDecimal expected = BigDecimal.valueOf(part)
			.multiply(BigDecimal.valueOf(10_000))
			.divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP);
		assertThat(FirstRoundVerdict.basisPoints(part, whole)).isEqualTo(expected.intValueExact());
	}

	// the coverage check makes sure every reason occurs; no need to print the table
	@Property(tries = 3000)
	@StatisticsReport(StatisticsReportMode.OFF)
	void decidedVerdictsSurviveAnyWayOfVotingOfTheUncounted(@ForAll("partialCounts") PartialCount count,
			@ForAll Random random) {
		FirstRoundAssessment assessment = FirstRoundRule.assess(count.votes(), count.uncounted());
		Statistics.label("reason").collect(assessment.reason());
		List<Map<String, Long>> finals = new ArrayList<>(extremes(count));
		for (int i = 0; i < 20; i++) {
			finals.add(randomFinal(count, random));
		}
		for (Map<String, Long> votes : finals) {
			FirstRoundVerdict after = FirstRoundRule.verdict(votes);
			if (assessment.decided()) {
				assertThat(standing(after)).as("final %s", votes).isEqualTo(standing(assessment.verdict()));
			}
			if (assessment.reason() == FirstRoundCertainty.WINNER_SECURE) {
				assertThat(after.outcome().won()).isTrue();
				assertThat(after.winner()).isEqualTo(assessment.verdict().winner());
			}
		}
		Statistics.label("reason").coverage((coverage) -> {
			for (FirstRoundCertainty reason : FirstRoundCertainty.values()) {
				coverage.check(reason).count((n) -> n > 0);
			}
		});
	}

	@Property(tries = 3000)
	void undecidedVerdictsCanReallyChange(@ForAll("partialCounts") PartialCount count) {
		FirstRoundAssessment assessment = FirstRoundRule.assess(count.votes(), count.uncounted());
		if (assessment.decided() || count.votes().size() < 2) {
			return;
		}
		// worst cases are extremes: an undecided verdict must change under one
		List<Object> now = standing(assessment.verdict());
		assertThat(extremes(count)).anySatisfy(
				(votes) -> assertThat(standing(FirstRoundRule.verdict(votes))).as("final %s", votes).isNotEqualTo(now));
	}

	/**
	 * What a decided verdict promises to keep: the outcome, and the winner or the runoff
	 * pair (as a set); an undetermined pair is kept only if the same tickets tie in the
	 * same places.
	 */
	private static List<Object> standing(FirstRoundVerdict verdict) {
		return switch (verdict.outcome()) {
			case WON_MAJORITY, WON_LEAD -> List.of(verdict.outcome(), verdict.leaders());
			case RUNOFF ->
				verdict.runoffTickets().isEmpty() ? List.of(verdict.outcome(), verdict.leaders(), verdict.runnersUp())
						: List.of(verdict.outcome(), Set.copyOf(verdict.runoffTickets()));
			case NO_VOTES -> List.of(verdict.outcome());
		};
	}

	private static boolean meetsLeadThreshold(long a, long b, long v) {
		return 10 * a >= 4 * v && 10 * (a - b) >= v;
	}

	/**
	 * The count as it is, and with every uncounted voter voting for one ticket, for each
	 * ticket.
	 */
	private static List<Map<String, Long>> extremes(PartialCount count) {
		List<Map<String, Long>> extremes = new ArrayList<>();
		extremes.add(count.votes());
		for (String code : count.votes().keySet()) {
			extremes.add(plus(count.votes(), code, count.uncounted()));
		}
		return extremes;
	}

	/**
	 * Some uncounted voters stay away or vote blank, the others vote for tickets at
	 * random weights.
	 */
	private static Map<String, Long> randomFinal(PartialCount count, Random random) {
		List<String> codes = List.copyOf(count.votes().keySet());
		long voting = random.nextBoolean() ? count.uncounted() : (long) (random.nextDouble() * (count.uncounted() + 1));
		int[] weights = codes.stream().mapToInt((code) -> (int) Math.pow(random.nextInt(4), 3)).toArray();
		int totalWeight = java.util.Arrays.stream(weights).sum();
		Map<String, Long> votes = new LinkedHashMap<>(count.votes());
		if (codes.isEmpty() || totalWeight == 0) {
			return votes;
		}
		for (long i = 0; i < voting; i++) {
			int pick = random.nextInt(totalWeight);
			int index = 0;
			while (pick >= weights[index]) {
				pick -= weights[index++];
			}
			votes.merge(codes.get(index), 1L, Long::sum);
		}
		return votes;
	}

	private static Map<String, Long> plus(Map<String, Long> votes, String code, long extra) {
		Map<String, Long> result = new LinkedHashMap<>(votes);
		result.merge(code, extra, Long::sum);
		return result;
	}

	@Provide
	Arbitrary<Map<String, Long>> ticketVotes() {
		Arbitrary<Long> fewVotes = Arbitraries.longs().between(0, 12);
		Arbitrary<Long> manyVotes = Arbitraries.longs().between(0, 5_000_000);
		return Arbitraries.integers()
			.between(0, 7)
			.flatMap((n) -> Arbitraries.oneOf(fewVotes.list().ofSize(n), manyVotes.list().ofSize(n)))
			.map(FirstRoundRulePropertyTests::byTicket);
	}

	@Provide
	Arbitrary<PartialCount> partialCounts() {
		Arbitrary<List<Long>> fewVotes = Arbitraries.longs().between(0, 12).list().ofMinSize(1).ofMaxSize(5);
		Arbitrary<List<Long>> someVotes = Arbitraries.longs().between(0, 3000).list().ofMinSize(1).ofMaxSize(5);
		return Arbitraries.oneOf(fewVotes, someVotes).flatMap((list) -> {
			long v = list.stream().mapToLong(Long::longValue).sum();
			Arbitrary<Long> uncounted = Arbitraries.oneOf(Arbitraries.longs().between(0, 3),
					Arbitraries.longs().between(0, v / 10 + 1), Arbitraries.longs().between(0, v + 10));
			return Combinators.combine(Arbitraries.just(byTicket(list)), uncounted).as(PartialCount::new);
		});
	}

	private static Map<String, Long> byTicket(List<Long> votes) {
		Map<String, Long> byTicket = new LinkedHashMap<>();
		for (int i = 0; i < votes.size(); i++) {
			byTicket.put("T" + (i + 1), votes.get(i));
		}
		return byTicket;
	}

	record PartialCount(Map<String, Long> votes, long uncounted) {

	}

}
