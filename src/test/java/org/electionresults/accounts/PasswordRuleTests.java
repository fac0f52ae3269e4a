package org.electionresults.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Length in characters, BCrypt's 72 bytes, the account's name, one repeated character, control characters. */
class PasswordRuleTests {

	private final PasswordRule rule = new PasswordRule(12);

	@Test
	void twelveCharactersAreEnoughElevenAreNot() {
		assertThat(this.rule.problems("abcdefghijkl", "maria")).isEmpty();
		assertThat(this.rule.problems("abcdefghijk", "maria")).containsExactly(PasswordProblem.TOO_SHORT);
		assertThat(this.rule.problems("", "maria")).containsExactly(PasswordProblem.TOO_SHORT);
	}

	@Test
	void lengthCountsCharactersNotCodeUnits() {
		// 11 emoji are 22 UTF-16 code units but 11 characters
		assertThat(this.rule.problems("😀".repeat(5) + "abcdef", "maria")).containsExactly(PasswordProblem.TOO_SHORT);
		assertThat(this.rule.problems("😀".repeat(6) + "abcdef", "maria")).isEmpty();
	}

	@Test
	void spacesAndAnyPrintableCharacterAreAllowed() {
		assertThat(this.rule.problems("correct horse battery staple", "maria")).isEmpty();
		assertThat(this.rule.problems("contraseña de ñandú", "maria")).isEmpty();
		assertThat(this.rule.problems("!\"#$%&'()*+,-./:;<=>?@", "maria")).isEmpty();
	}

	@Test
	void atMost72BytesInUtf8() {
		assertThat(this.rule.problems("a1".repeat(36), "maria")).isEmpty();
		assertThat(this.rule.problems("a1".repeat(36) + "b", "maria")).containsExactly(PasswordProblem.TOO_LONG);
		// "ñ1" is three bytes: 24 of them are 72 bytes, one more ñ makes 74
		assertThat(this.rule.problems("ñ1".repeat(24), "maria")).isEmpty();
		assertThat(this.rule.problems("ñ1".repeat(24) + "ñ", "maria")).containsExactly(PasswordProblem.TOO_LONG);
	}

	@ParameterizedTest
	@ValueSource(strings = { "maria-secret-2020", "MARIA-secret-2020", "secret-Maria-2020", "secret2020maria" })
	void theAccountNameIsNotPartOfThePassword(String password) {
		assertThat(this.rule.problems(password, "maria")).containsExactly(PasswordProblem.CONTAINS_USERNAME);
	}

	@Test
	void aNameThatIsNotInThePasswordIsFine() {
		assertThat(this.rule.problems("mar-ia-secret-2020", "maria")).isEmpty();
		assertThat(this.rule.problems("anything-long-enough", "")).isEmpty();
	}

	@Test
	void oneRepeatedCharacterIsRefused() {
		assertThat(this.rule.problems("aaaaaaaaaaaa", "maria")).containsExactly(PasswordProblem.ONE_CHARACTER);
		assertThat(this.rule.problems("            ", "maria")).containsExactly(PasswordProblem.ONE_CHARACTER);
		assertThat(this.rule.problems("aaaaaaaaaaab", "maria")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "long-password\t1", "long-password\n1", "long-password\r1", "long-password\u00001",
			"long-password\u00851" })
	void controlCharactersAreRefused(String password) {
		assertThat(this.rule.problems(password, "maria")).containsExactly(PasswordProblem.CONTROL_CHARACTER);
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		assertThat(this.rule.problems("ana", "ana")).containsExactlyInAnyOrder(PasswordProblem.TOO_SHORT,
				PasswordProblem.CONTAINS_USERNAME);
		assertThat(this.rule.problems("\t", "x")).containsExactlyInAnyOrder(PasswordProblem.TOO_SHORT,
				PasswordProblem.ONE_CHARACTER, PasswordProblem.CONTROL_CHARACTER);
	}

	@Test
	void theMinimumIsConfigurableWithinSaneBounds() {
		assertThat(new PasswordRule(8).problems("abcdefgh", "maria")).isEmpty();
		assertThat(new PasswordRule(16).problems("abcdefghijklmno", "maria")).containsExactly(PasswordProblem.TOO_SHORT);
		assertThatIllegalArgumentException().isThrownBy(() -> new PasswordRule(7));
		assertThatIllegalArgumentException().isThrownBy(() -> new PasswordRule(73));
		assertThat(new AccountsProperties(null).passwordRule().minLength()).isEqualTo(12);
		assertThat(new AccountsProperties(20).passwordRule().minLength()).isEqualTo(20);
	}

}
