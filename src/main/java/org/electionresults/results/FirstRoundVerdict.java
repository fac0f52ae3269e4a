package org.electionresults.results;

import java.util.List;
import java.util.Optional;

/**
 * The first-round verdict on a count of valid presidential votes, with the distances to
 * the two ways of winning. Built by {@link FirstRoundRule}.
 * <p>
 * Ties are listed, never broken: {@code leaders} holds every ticket tied for the most
 * votes, and, when there is a single leader, {@code runnersUp} holds every ticket tied
 * for the second most. When several tickets share first place there is no separate second
 * place: {@code runnersUp} is empty and {@code runnerUpVotes} equals {@code leaderVotes},
 * so the lead is 0. With no valid vote ({@link FirstRoundOutcome#NO_VOTES}) nobody leads
 * and both lists are empty.
 * <p>
 * Shares are exact fractions of {@code validVotes}; the basis-point figures round them
 * for display only, decisions never use them.
 *
 * @param outcome what the first round gives
 * @param validVotes valid presidential votes V, the base of every percentage
 * @param leaders tickets with the most votes, by code
 * @param leaderVotes votes of each leader (a)
 * @param runnersUp tickets with the second most votes when there is a single leader, by
 * code
 * @param runnerUpVotes the second-highest vote among tickets (b), equal to
 * {@code leaderVotes} on a tie for first, 0 when there is no other ticket
 * @param votesToMajority the fewest extra votes x ≥ 0 for the leader (counted in V as
 * well) with {@code 2(a + x) > V + x}
 * @param votesToLeadThreshold the fewest extra votes x ≥ 0 for the leader (counted in V
 * as well) with {@code 10(a + x) ≥ 4(V + x)} and {@code 10(a + x − b) ≥ V + x}
 */
public record FirstRoundVerdict(FirstRoundOutcome outcome, long validVotes, List<String> leaders, long leaderVotes,
		List<String> runnersUp, long runnerUpVotes, long votesToMajority, long votesToLeadThreshold) {

	public FirstRoundVerdict {
		leaders = List.copyOf(leaders);
		runnersUp = List.copyOf(runnersUp);
	}

	/** Whether more than one ticket has the most votes. */
	public boolean tieForFirst() {
		return this.leaders.size() > 1;
	}

	/**
	 * Whether a single leader is followed by more than one ticket with the second most
	 * votes.
	 */
	public boolean tieForSecond() {
		return this.runnersUp.size() > 1;
	}

	/** The ticket elected in the first round, if any. */
	public Optional<String> winner() {
		return this.outcome.won() ? Optional.of(this.leaders.get(0)) : Optional.empty();
	}

	/**
	 * The two tickets of the runoff, leader first, when the outcome is a runoff and the
	 * pair is determined; empty otherwise. The pair is undetermined when three or more
	 * tickets tie for first, or a single leader is followed by a tie for second.
	 */
	public List<String> runoffTickets() {
		if (this.outcome != FirstRoundOutcome.RUNOFF) {
			return List.of();
		}
		if (this.leaders.size() == 2) {
			return this.leaders;
		}
		if (this.leaders.size() == 1 && this.runnersUp.size() == 1) {
			return List.of(this.leaders.get(0), this.runnersUp.get(0));
		}
		return List.of();
	}

	/**
	 * The leader's share in hundredths of a percent, rounded half up: 5510 is 55.10 %.
	 */
	public int leaderShareBasisPoints() {
		return basisPoints(this.leaderVotes, this.validVotes);
	}

	/** The runner-up's share in hundredths of a percent, rounded half up. */
	public int runnerUpShareBasisPoints() {
		return basisPoints(this.runnerUpVotes, this.validVotes);
	}

	/**
	 * The lead in hundredths of a percentage point, as the difference of the two rounded
	 * shares, so that the figures shown add up (2019: 47.08 − 36.51 = 10.57, where the
	 * unrounded lead is 10.5649). Display only: the rule compares exact integers.
	 */
	public int leadBasisPoints() {
		return leaderShareBasisPoints() - runnerUpShareBasisPoints();
	}

	/**
	 * {@code part / whole} in hundredths of a percent, rounded half up, in integer
	 * arithmetic; 0 when {@code whole} is 0.
	 */
	static int basisPoints(long part, long whole) {
		if (whole == 0) {
			return 0;
		}
		// round(10000·part / whole) = floor((20000·part + whole) / (2·whole)); no
		// overflow below FirstRoundRule.MAX_VOTES
		return (int) ((20_000 * part + whole) / (2 * whole));
	}

}
