package org.electionresults.seats;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.electionresults.seats.DHondtTests.votes;

/**
 * {@link Plurality} and the {@link ConstituencyResult} it feeds.
 */
class PluralityTests {

	@Test
	void mostVotesWin() {
		PluralityResult result = Plurality.decide(votes("CC", 4_100, "MAS_IPSP", 4_101, "CREEMOS", 900));
		assertThat(result.outcome()).isEqualTo(PluralityOutcome.WON);
		assertThat(result.winner()).hasValue("MAS_IPSP");
		assertThat(result.leaderVotes()).isEqualTo(4_101);
	}

	@Test
	void equalMostVotesAreATie() {
		PluralityResult result = Plurality.decide(votes("MAS_IPSP", 4_100, "CREEMOS", 900, "CC", 4_100));
		assertThat(result.outcome()).isEqualTo(PluralityOutcome.TIE);
		assertThat(result.leaders()).containsExactly("CC", "MAS_IPSP");
		assertThat(result.winner()).isEmpty();
	}

	@Test
	void noValidVotesGiveNoWinner() {
		assertThat(Plurality.decide(votes("A", 0, "B", 0)).outcome()).isEqualTo(PluralityOutcome.NO_VOTES);
		assertThat(Plurality.decide(Map.of()).leaders()).isEmpty();
	}

	@Test
	void singlePartyWithAVoteWins() {
		assertThat(Plurality.decide(votes("APG", 1, "CIDOB", 0)).winner()).hasValue("APG");
	}

	@Test
	void constituencyResultFollowsThePluralityCount() {
		assertThat(ConstituencyResult.of(12, Plurality.decide(votes("A", 3, "B", 2))))
			.isEqualTo(ConstituencyResult.won(12, "A"));
		assertThat(ConstituencyResult.of(12, Plurality.decide(votes("B", 3, "A", 3))))
			.isEqualTo(new ConstituencyResult(12, ConstituencyStatus.TIED, List.of("A", "B")));
		assertThat(ConstituencyResult.of(12, Plurality.decide(votes("A", 0))))
			.isEqualTo(ConstituencyResult.pending(12));
	}

	@Test
	void constituencyResultMustBeConsistent() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ConstituencyResult(1, ConstituencyStatus.WON, List.of("A", "B")));
		assertThatIllegalArgumentException().isThrownBy(() -> ConstituencyResult.tied(1, List.of("A", "A")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ConstituencyResult(1, ConstituencyStatus.PENDING, List.of("A")));
		assertThat(ConstituencyResult.tied(1, List.of("B", "A")).parties()).containsExactly("A", "B");
	}

}
