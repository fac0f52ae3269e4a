package org.electionresults.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.electionresults.results.BallotResult;
import org.electionresults.results.Progress;

/**
 * A ballot result as the public API shows it. Vote figures are exact integers; shares are
 * percentages of the valid votes rounded to two decimals for display.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ResultJson(String ballot, String level, String area, String name, long registered, long emitted, long valid,
		long blank, @JsonProperty("null") long nullVotes, long withdrawnPartyVotes, BigDecimal turnout,
		List<PartyJson> parties, ProgressJson progress, Object firstRound, Object winner) {

	static ResultJson of(BallotResult result, Object firstRound, Object winner) {
		return new ResultJson(result.ballot().name(), result.level().name(), result.area(), result.name(),
				result.registered(), result.emitted(), result.valid(), result.blank(), result.nullVotes(),
				result.withdrawnVotes(), result.turnout().percent(),
				result.parties()
					.stream()
					.map((party) -> new PartyJson(party.code(), party.shortName(), party.votes(), party.share().percent()))
					.toList(),
				ProgressJson.of(result.progress()), firstRound, winner);
	}

	record PartyJson(String code, String name, long votes, BigDecimal share) {

	}

	record ProgressJson(int counted, Integer expected, long registeredCounted, Long registeredExpected,
			Instant updatedAt) {

		static ProgressJson of(Progress progress) {
			return new ProgressJson(progress.counted(), progress.expected(), progress.registeredCounted(),
					progress.registeredExpected(), progress.updatedAt());
		}

	}

}
