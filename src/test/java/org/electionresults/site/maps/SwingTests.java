package org.electionresults.site.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class SwingTests {

	@Test
	void isThe2020ShareMinusThe2019ShareInPoints() {
		// 55 % in 2020, 47 % in 2019
		assertThat(Swing.of(55, 100, 47, 100).points()).isEqualByComparingTo("8.00");
		assertThat(Swing.of(30, 100, 36, 100).points()).isEqualByComparingTo("-6.00");
	}

	@Test
	void isExactBeforeRoundingHalfUpToTwoDecimals() {
		// 1/3 - 1/4 = 1/12 = 8.3333… points
		assertThat(Swing.of(1, 3, 1, 4).points()).isEqualByComparingTo("8.33");
		// 2/3 - 0 = 66.666… points, rounded up
		assertThat(Swing.of(2, 3, 0, 5).points()).isEqualByComparingTo("66.67");
		// exactly half a hundredth: 1/8 - 1/10 = 2.5 points; 1/16 - 0 = 6.25 points
		assertThat(Swing.of(1, 16, 0, 1).points()).isEqualByComparingTo("6.25");
		assertThat(Swing.of(1, 8, 1, 10).points()).isEqualByComparingTo("2.50");
	}

	@Test
	void comparesWithWholePointsWithoutRounding() {
		// 4.999…: below 5 even though it rounds to 5.00
		Swing justBelow = Swing.of(49_999, 1_000_000, 0, 1);
		assertThat(justBelow.points()).isEqualByComparingTo(new BigDecimal("5.00"));
		assertThat(justBelow.atLeast(5)).isFalse();
		assertThat(Swing.of(5, 100, 0, 1).atLeast(5)).isTrue();
		assertThat(Swing.of(0, 100, 10, 100).atLeast(-10)).isTrue();
		assertThat(Swing.of(0, 100, 10, 100).atLeast(-9)).isFalse();
	}

	@Test
	void holdsNationalSizedCountsWithoutOverflow() {
		// MAS-IPSP: 2019 national final count against a 2020-sized count (7.3148… points)
		Swing swing = Swing.of(3_393_978, 6_240_000, 2_889_359, 6_137_671);
		assertThat(swing.points()).isEqualByComparingTo("7.31");
	}

	@Test
	void needsValidVotesInBothYears() {
		assertThatIllegalArgumentException().isThrownBy(() -> Swing.of(0, 0, 1, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> Swing.of(1, 10, 0, 0));
	}

}
