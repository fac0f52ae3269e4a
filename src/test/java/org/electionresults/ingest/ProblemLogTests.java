package org.electionresults.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProblemLogTests {

	@Test
	void keepsTheFirstProblemsOfEachSeverityAndCountsAll() {
		ProblemLog log = new ProblemLog(2);
		for (int line = 1; line <= 5; line++) {
			log.report(ProblemCode.MISSING_VALUE, line, null, "VOTO_NULO");
			log.report(ProblemCode.NO_VOTES_CAST, line, "Presidente", "VOTO_EMITIDO");
		}
		assertThat(log.errors()).extracting(Problem::line).containsExactly(1, 2);
		assertThat(log.warnings()).extracting(Problem::line).containsExactly(1, 2);
		assertThat(log.errorCount()).isEqualTo(5);
		assertThat(log.warningCount()).isEqualTo(5);
		assertThat(log.warnings().get(0))
			.isEqualTo(new Problem(1, "Presidente", "VOTO_EMITIDO", "ingest.warning.no-votes-cast", List.of()));
	}

	@Test
	void refusesArgumentsTheMessageDoesNotHave() {
		ProblemLog log = new ProblemLog(10);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> log.report(ProblemCode.SUM_MISMATCH, 2, null, "VOTO_VALIDO", 140));
	}

	@Test
	void quotesLongCellsShortened() {
		assertThat(ProblemLog.excerpt("short")).isEqualTo("short");
		assertThat(ProblemLog.excerpt("x".repeat(41))).isEqualTo("x".repeat(40) + "…");
		assertThat(ProblemLog.excerpt("x".repeat(39) + "𝄞𝄞")).isEqualTo("x".repeat(39) + "…");
	}

	@Test
	void quotesANulCharacterAsAVisibleSymbol() {
		assertThat(ProblemLog.excerpt("PRESI\0DENTE")).isEqualTo("PRESI\u2400DENTE");
	}

}
