package org.electionresults.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTests {

	@ParameterizedTest
	@CsvSource({ "maria,maria", "'  Maria ',maria", "ana.lopez,ana.lopez", "op_2,op_2", "j-p,j-p", "007,007",
			"a234567890123456789012345678901234567890,a234567890123456789012345678901234567890" })
	void validNamesAreTrimmedAndLowerCased(String typed, String stored) {
		assertThat(Username.parse(typed)).contains(stored);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "ab", "a2345678901234567890123456789012345678901", "maría", "ana lopez", ".ana", "-ana",
			"_ana", "ana@tse", "ana/../x", "ana\u0000x", "   " })
	void otherNamesAreRefused(String typed) {
		assertThat(Username.parse(typed)).isEmpty();
	}

}
