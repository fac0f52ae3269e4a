package org.electionresults.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTests {

	@Test
	void cleansControlCharactersAndSpacesAndCapsTheLength() {
		assertThat(SearchQuery.of("  Potosí \t\n\u0000 ciudad ").text()).isEqualTo("Potosí ciudad");
		assertThat(SearchQuery.of("x".repeat(500)).text()).hasSize(SearchQuery.MAX_LENGTH);
		assertThat(SearchQuery.of(null).text()).isEmpty();
	}

	@Test
	void aNumberIsAMesaCode() {
		assertThat(SearchQuery.of("10234").number()).hasValue(10234);
		assertThat(SearchQuery.of("Mesa 10234").number()).hasValue(10234);
		assertThat(SearchQuery.of("10234 potosi").number()).isEmpty();
		assertThat(SearchQuery.of("1234567890").number()).isEmpty();
		assertThat(SearchQuery.of("-5").number()).isEmpty();
	}

	@Test
	void oneLetterIsTooShortButOneDigitIsANumber() {
		assertThat(SearchQuery.of("a").tooShort()).isTrue();
		assertThat(SearchQuery.of("7").tooShort()).isFalse();
		assertThat(SearchQuery.of("la").tooShort()).isFalse();
	}

}
