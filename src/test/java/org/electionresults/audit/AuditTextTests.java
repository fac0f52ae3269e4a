package org.electionresults.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditTextTests {

	@Test
	void shortTextIsKeptAsItIs() {
		assertThat(AuditText.clip("file=Cómputo 2020.csv", 60)).isEqualTo("file=Cómputo 2020.csv");
		assertThat(AuditText.clip("x".repeat(60), 60)).hasSize(60);
	}

	@Test
	void controlCharactersBecomeSpacesSoNoEntryCanForgeALine() {
		assertThat(AuditText.clip("admin\nSIGN_IN SUCCESS\u0000", 60)).isEqualTo("admin SIGN_IN SUCCESS ");
	}

	@Test
	void longTextIsCutToTheColumnWithAnEllipsis() {
		assertThat(AuditText.clip("x".repeat(61), 60)).hasSize(60).endsWith("x…");
	}

	@Test
	void aCutNeverSplitsASurrogatePair() {
		String clipped = AuditText.clip("x".repeat(58) + "😀" + "yyy", 60);
		assertThat(clipped).isEqualTo("x".repeat(58) + "…");
		assertThat(AuditText.clipOrNull(null, 10)).isNull();
	}

}
