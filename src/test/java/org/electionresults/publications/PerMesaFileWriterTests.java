package org.electionresults.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionReference.PartyColumn;
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
		List<PartyColumn> parties = List.of(new PartyColumn("A", 1, false, Set.of(Ballot.PRESIDENT, Ballot.SPECIAL)),
				new PartyColumn("B", 2, true, Set.of(Ballot.PRESIDENT)), new PartyColumn("C", 3, false, Set.of(Ballot.SPECIAL)));
		assertThat(PerMesaFile.PRESIDENT.header(parties)).containsSubsequence("INSCRITOS_HABILITADOS", "A", "B",
				"VOTO_VALIDO").doesNotContain("C", "CIRCUNSCRIPCION_ESPECIAL").endsWith("VERSION", "UPLOAD");
		assertThat(PerMesaFile.SPECIAL.header(parties)).containsSubsequence("CIRCUNSCRIPCION_ESPECIAL", "A", "C")
			.doesNotContain("B");
	}

	private static List<PartyColumn> parties(int... positions) {
		return java.util.Arrays.stream(positions)
			.mapToObj((position) -> new PartyColumn("P" + position, position, false, Set.of(Ballot.PRESIDENT)))
			.toList();
	}

}
