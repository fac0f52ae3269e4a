package org.electionresults.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog.PartyInfo;
import org.junit.jupiter.api.Test;

/** The party columns of a file become one array slice per run of consecutive positions. */
class PerMesaFileWriterTests {

	@Test
	void consecutivePositionsBecomeOneSlice() {
		assertThat(PerMesaFileWriter.votes(parties(1, 2, 3, 4, 5, 6, 7, 8)))
			.isEqualTo("array_to_string(t.votes[1 : 8], ',')");
	}

	@Test
	void gapsStartANewSlice() {
		assertThat(PerMesaFileWriter.votes(parties(1, 3, 4, 7)))
			.isEqualTo("array_to_string(t.votes[1 : 1], ','), array_to_string(t.votes[3 : 4], ','), "
					+ "array_to_string(t.votes[7 : 7], ',')");
	}

	@Test
	void theHeaderOfAFileNamesItsBallotsPartiesBetweenTheRegisteredVotersAndTheTotals() {
		List<PartyInfo> parties = List.of(new PartyInfo("A", 1, "A", "A", "#000000", false, Set.of(Ballot.PRESIDENT, Ballot.SPECIAL)),
				new PartyInfo("B", 2, "B", "B", "#000000", true, Set.of(Ballot.PRESIDENT)), new PartyInfo("C", 3, "C", "C", "#000000", false, Set.of(Ballot.SPECIAL)));
		assertThat(PerMesaFile.PRESIDENT.header(parties)).containsSubsequence("INSCRITOS_HABILITADOS", "A", "B",
				"VOTO_VALIDO").doesNotContain("C", "CIRCUNSCRIPCION_ESPECIAL").endsWith("VERSION", "UPLOAD");
		assertThat(PerMesaFile.SPECIAL.header(parties)).containsSubsequence("CIRCUNSCRIPCION_ESPECIAL", "A", "C")
			.doesNotContain("B");
	}

	private static List<PartyInfo> parties(int... positions) {
		return java.util.Arrays.stream(positions)
			.mapToObj((position) -> new PartyInfo("P" + position, position, "P" + position, "P" + position, "#000000", false, Set.of(Ballot.PRESIDENT)))
			.toList();
	}

}
