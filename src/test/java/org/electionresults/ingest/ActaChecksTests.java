package org.electionresults.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog.PartyInfo;
import org.electionresults.results.ActaNumbers;
import org.junit.jupiter.api.Test;

/** The acta's arithmetic, tested on numbers rather than on CSV text. */
class ActaChecksTests {

	private static final PartyInfo RUNNING = new PartyInfo("MAS_IPSP", 1, "MAS", "MAS", "#000000", false,
			EnumSet.allOf(Ballot.class));

	private static final PartyInfo WITHDRAWN = new PartyInfo("ADN", 2, "ADN", "ADN", "#000000", true,
			EnumSet.allOf(Ballot.class));

	private static final List<PartyInfo> PARTIES = List.of(RUNNING, WITHDRAWN);

	@Test
	void partyVotesMustAddUpToTheValidVotes() {
		assertThat(ActaChecks.sumMismatch(100, 100)).isEmpty();
		assertThat(ActaChecks.sumMismatch(101, 100)).get()
			.satisfies((finding) -> assertThat(finding.code()).isEqualTo(ProblemCode.SUM_MISMATCH))
			.satisfies((finding) -> assertThat(finding.column()).isEqualTo("VOTO_VALIDO"))
			.satisfies((finding) -> assertThat(finding.args()).containsExactly(101L, 100L));
	}

	@Test
	void validBlankAndNullMustAddUpToTheVotesCast() {
		assertThat(ActaChecks.emittedMismatch(90, 5, 5, 100)).isEmpty();
		assertThat(ActaChecks.emittedMismatch(90, 5, 4, 100)).get()
			.satisfies((finding) -> assertThat(finding.args()).containsExactly(90L, 5L, 4L, 99L, 100L));
		// No overflow near the top of the int range the cells are read into.
		assertThat(ActaChecks.emittedMismatch(Integer.MAX_VALUE, Integer.MAX_VALUE, 0, -2)).isPresent();
	}

	@Test
	void noMoreVotesCastThanRegistered() {
		assertThat(ActaChecks.emittedAboveRegistered(200, 200)).isEmpty();
		assertThat(ActaChecks.emittedAboveRegistered(201, 200)).get()
			.satisfies((finding) -> assertThat(finding.code()).isEqualTo(ProblemCode.EMITTED_ABOVE_REGISTERED));
	}

	@Test
	void turnoutAbove99PercentIsAWarningAtTheBoundary() {
		// 99 of 100 is exactly 99 %: no warning; 100 of 100 is above.
		assertThat(codes(acta(100, 99, 0))).isEmpty();
		assertThat(codes(acta(100, 100, 0))).containsExactly(ProblemCode.TURNOUT_ABOVE_99);
		assertThat(codes(acta(200, 199, 0))).containsExactly(ProblemCode.TURNOUT_ABOVE_99);
		assertThat(codes(acta(200, 198, 0))).isEmpty();
	}

	@Test
	void noVotesCastAndWithdrawnPartyMarksAreWarnings() {
		assertThat(codes(acta(100, 0, 0))).containsExactly(ProblemCode.NO_VOTES_CAST);
		assertThat(codes(acta(100, 50, 3))).containsExactly(ProblemCode.WITHDRAWN_PARTY_VOTES);
	}

	@Test
	void systemTotalsThatDifferFromTheWrittenOnesAreWarnings() {
		ActaNumbers acta = acta(100, 50, 0);
		assertThat(ActaChecks.warnings(Ballot.PRESIDENT, acta, PARTIES, 49, 50))
			.extracting(ActaChecks.Finding::column)
			.containsExactly("VOTO_VALIDO_SISTEMA");
		assertThat(ActaChecks.warnings(Ballot.PRESIDENT, acta, PARTIES, 50, 51))
			.extracting(ActaChecks.Finding::column)
			.containsExactly("VOTO_EMITIDO_SISTEMA");
	}

	/** An acta of {@code emitted} votes all valid, {@code withdrawn} of them marks for ADN. */
	private static ActaNumbers acta(long registered, long emitted, long withdrawn) {
		return new ActaNumbers(registered, List.of(emitted - withdrawn, withdrawn), emitted, 0, 0, emitted);
	}

	private static List<ProblemCode> codes(ActaNumbers acta) {
		return ActaChecks.warnings(Ballot.PRESIDENT, acta, PARTIES, acta.valid(), acta.emitted())
			.stream()
			.map(ActaChecks.Finding::code)
			.toList();
	}

}
