package org.electionresults.site.overview;

import org.electionresults.site.Contender;

import java.math.BigDecimal;
import java.util.List;

import org.electionresults.election.ElectionCatalog;
import org.electionresults.results.FirstRoundAssessment;
import org.electionresults.results.FirstRoundCertainty;
import org.electionresults.results.FirstRoundOutcome;
import org.electionresults.results.FirstRoundVerdict;
import org.jspecify.annotations.Nullable;

/**
 * The first-round verdict as the overview tells it: who leads, what the rule gives, how
 * far the leader is from each threshold, and whether the uncounted actas could still
 * change it. Shares are the rounded ones of {@link FirstRoundVerdict}, so that the
 * figures shown add up; the decision itself is the rule's, in exact integers.
 *
 * @param outcome what the rule gives on the count so far
 * @param decided whether the uncounted voters can no longer change it
 * @param reason why it is, or is not, decided
 * @param leaders the tickets with most votes (more than one on a tie)
 * @param runnersUp the tickets in second place, when there is a single leader
 * @param leaderShare the leader's share of the valid votes, in percent
 * @param runnerUpShare the second's share, in percent
 * @param lead the lead in points
 * @param votesToMajority the fewest extra votes the leader needs for more than half
 * @param votesToLeadThreshold the fewest extra votes the leader needs for 40 % and 10
 * points
 * @param uncountedRegistered registered voters of the mesas not counted yet
 */
public record FirstRoundView(FirstRoundOutcome outcome, boolean decided, FirstRoundCertainty reason,
		List<Contender> leaders, List<Contender> runnersUp, BigDecimal leaderShare, BigDecimal runnerUpShare,
		BigDecimal lead, long votesToMajority, long votesToLeadThreshold, long uncountedRegistered) {

	static final BigDecimal HALF = BigDecimal.valueOf(50);

	static final BigDecimal FORTY = BigDecimal.valueOf(40);

	static final BigDecimal TEN = BigDecimal.valueOf(10);

	public FirstRoundView {
		leaders = List.copyOf(leaders);
		runnersUp = List.copyOf(runnersUp);
	}

	static FirstRoundView of(FirstRoundAssessment assessment, ElectionCatalog election) {
		FirstRoundVerdict verdict = assessment.verdict();
		return new FirstRoundView(verdict.outcome(), assessment.decided(), assessment.reason(),
				verdict.leaders().stream().map((code) -> Contender.of(code, election)).toList(),
				verdict.runnersUp().stream().map((code) -> Contender.of(code, election)).toList(),
				BigDecimal.valueOf(verdict.leaderShareBasisPoints(), 2),
				BigDecimal.valueOf(verdict.runnerUpShareBasisPoints(), 2),
				BigDecimal.valueOf(verdict.leadBasisPoints(), 2), verdict.votesToMajority(),
				verdict.votesToLeadThreshold(), assessment.uncountedRegistered());
	}

	public @Nullable Contender leader() {
		return this.leaders.isEmpty() ? null : this.leaders.get(0);
	}

	/**
	 * The second ticket: the other leader on a tie for first, else the runner-up if
	 * single.
	 */
	public @Nullable Contender second() {
		if (this.leaders.size() > 1) {
			return this.leaders.get(1);
		}
		return this.runnersUp.isEmpty() ? null : this.runnersUp.get(0);
	}

	public boolean tieForFirst() {
		return this.leaders.size() > 1;
	}

	/**
	 * Whether the two runoff tickets are known: a runoff without a tie that leaves them
	 * open.
	 */
	public boolean runoffPairKnown() {
		return this.outcome == FirstRoundOutcome.RUNOFF
				&& (this.leaders.size() == 2 || (this.leaders.size() == 1 && this.runnersUp.size() == 1));
	}

	/**
	 * The message code of the headline: the outcome, then whether it is decided; a runoff
	 * whose pair a tie leaves open has its own.
	 */
	public String headline() {
		if (this.outcome == FirstRoundOutcome.NO_VOTES) {
			return "pages.verdict.NO_VOTES";
		}
		if (this.outcome == FirstRoundOutcome.RUNOFF && !runoffPairKnown()) {
			return "pages.verdict.RUNOFF_OPEN";
		}
		String outcome = this.outcome.won() ? "WON" : this.outcome.name();
		return "pages.verdict." + outcome + (this.decided ? ".decided" : ".provisional");
	}

	/** The leader's distance to 50 %, in points: positive above it. */
	public BigDecimal toHalf() {
		return this.leaderShare.subtract(HALF);
	}

	/** The leader's distance to 40 %, in points: positive above it. */
	public BigDecimal toForty() {
		return this.leaderShare.subtract(FORTY);
	}

	/** The lead's distance to 10 points: positive above it. */
	public BigDecimal toTenPoints() {
		return this.lead.subtract(TEN);
	}

	public boolean majority() {
		return this.outcome == FirstRoundOutcome.WON_MAJORITY;
	}

	/** Whether the leader has 40 % and a 10-point lead (with or without a majority). */
	public boolean fortyAndTen() {
		return this.outcome != FirstRoundOutcome.NO_VOTES && this.votesToLeadThreshold == 0;
	}

}
