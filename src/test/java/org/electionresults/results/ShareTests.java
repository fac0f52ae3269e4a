package org.electionresults.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ShareTests {

	@Test
	void percentIsRoundedHalfUpOnlyForDisplay() {
		assertThat(Share.of(1, 3).percent()).isEqualByComparingTo(new BigDecimal("33.33"));
		assertThat(Share.of(2, 3).percent()).isEqualByComparingTo(new BigDecimal("66.67"));
		assertThat(Share.of(1, 200).percent()).isEqualByComparingTo(new BigDecimal("0.50"));
		assertThat(Share.of(1, 80000).percent()).isEqualByComparingTo(new BigDecimal("0.00"));
	}

	@Test
	void nothingToShareIsZero() {
		assertThat(Share.of(0, 0).percent()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(Share.of(0, 0).barWidth()).isZero();
	}

	@Test
	void negativeCountsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Share.of(-1, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> Share.of(1, -10));
	}

}
