package org.electionresults.site.maps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkerShapeTests {

	@Test
	void numbersHaveOneDecimalAndNoneWhenWhole() {
		assertThat(MarkerShape.f(3)).isEqualTo("3");
		assertThat(MarkerShape.f(2.46)).isEqualTo("2.5");
		assertThat(MarkerShape.f(-0.3)).isEqualTo("-0.3");
		assertThat(MarkerShape.f(-1.54)).isEqualTo("-1.5");
		assertThat(MarkerShape.f(-0.01)).isEqualTo("0");
		assertThat(MarkerShape.f(12.95)).isEqualTo("13");
	}

	@Test
	void eachPartyHasItsShapeInBallotOrder() {
		assertThat(MarkerShape.CIRCLE.path(8, 8, 5)).isEqualTo("M3 8a5 5 0 1 0 10 0a5 5 0 1 0 -10 0z");
		assertThat(MarkerShape.SQUARE.path(8, 8, 5)).isEqualTo("M3.6 3.6h8.9v8.9h-8.9z");
		assertThat(MarkerShape.forParty(0)).isEqualTo(MarkerShape.TRIANGLE);
		assertThat(MarkerShape.forParty(1)).isEqualTo(MarkerShape.CIRCLE);
		assertThat(MarkerShape.forParty(5)).isEqualTo(MarkerShape.TRIANGLE);
	}

}
