package org.electionresults.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.electionresults.results.FirstRoundAssessment;
import org.electionresults.results.FirstRoundVerdict;

import org.springframework.context.MessageSource;

/**
 * The first-round verdict with its distances to the thresholds and why it is, or is not yet,
 * decided.
 */
record FirstRoundJson(String outcome, boolean decided, String reason, String reasoning, List<String> leader,
		List<String> runnerUp, boolean tieForFirst, boolean tieForSecond, long leaderVotes, long runnerUpVotes,
		long validVotes, BigDecimal leaderShare, BigDecimal runnerUpShare, BigDecimal leadPoints,
		long votesToMajority, long votesToLeadThreshold, long uncountedRegistered) {

	static FirstRoundJson of(FirstRoundAssessment assessment, MessageSource messages, Locale locale) {
		FirstRoundVerdict verdict = assessment.verdict();
		return new FirstRoundJson(verdict.outcome().name(), assessment.decided(), assessment.reason().name(),
				messages.getMessage("firstRound.reason." + assessment.reason().name(), null, locale), verdict.leaders(),
				verdict.runnersUp(), verdict.tieForFirst(), verdict.tieForSecond(), verdict.leaderVotes(),
				verdict.runnerUpVotes(), verdict.validVotes(), percent(verdict.leaderShareBasisPoints()),
				percent(verdict.runnerUpShareBasisPoints()), percent(verdict.leadBasisPoints()),
				verdict.votesToMajority(), verdict.votesToLeadThreshold(), assessment.uncountedRegistered());
	}

	private static BigDecimal percent(int basisPoints) {
		return BigDecimal.valueOf(basisPoints, 2);
	}

}
