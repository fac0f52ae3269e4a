package org.electionresults.accounts;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: long enough (length is what makes a password hard to guess; no
 * composition rules, as NIST SP 800-63B advises), at most 72 bytes (BCrypt's limit), not the account's
 * name, not one character repeated, no control characters. Any other character, spaces included, is
 * allowed.
 */
final class PasswordRule {

	static final int DEFAULT_MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	private final int minLength;

	PasswordRule(int minLength) {
		if (minLength < 8 || minLength > MAX_BYTES) {
			throw new IllegalArgumentException("A minimum password length between 8 and 72, not " + minLength);
		}
		this.minLength = minLength;
	}

	int minLength() {
		return this.minLength;
	}

	/** Every reason to refuse {@code password} for the account {@code username}; empty when it is fine. */
	Set<PasswordProblem> problems(String password, String username) {
		Set<PasswordProblem> problems = EnumSet.noneOf(PasswordProblem.class);
		long characters = password.codePoints().count();
		if (characters < this.minLength) {
			problems.add(PasswordProblem.TOO_SHORT);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			problems.add(PasswordProblem.TOO_LONG);
		}
		String name = username.trim().toLowerCase(Locale.ROOT);
		if (!name.isEmpty() && password.toLowerCase(Locale.ROOT).contains(name)) {
			problems.add(PasswordProblem.CONTAINS_USERNAME);
		}
		if (characters > 0 && password.codePoints().distinct().count() == 1) {
			problems.add(PasswordProblem.ONE_CHARACTER);
		}
		if (password.codePoints().anyMatch(Character::isISOControl)) {
			problems.add(PasswordProblem.CONTROL_CHARACTER);
		}
		return problems;
	}

}
