package org.electionresults.accounts;

import java.util.Set;

/**
 * An account change that was not made, with the message code that says why
 * ({@code accounts.refused.<reason>}) and, for a password, what is wrong with it.
 */
class AccountRefusedException extends RuntimeException {

	private final String reason;

	private final Set<PasswordProblem> passwordProblems;

	AccountRefusedException(String reason) {
		this(reason, Set.of());
	}

	AccountRefusedException(String reason, Set<PasswordProblem> passwordProblems) {
		super("Account change refused: " + reason + (passwordProblems.isEmpty() ? "" : " " + passwordProblems));
		this.reason = reason;
		this.passwordProblems = Set.copyOf(passwordProblems);
	}

	static AccountRefusedException weakPassword(Set<PasswordProblem> problems) {
		return new AccountRefusedException("weak-password", problems);
	}

	String reason() {
		return this.reason;
	}

	Set<PasswordProblem> passwordProblems() {
		return this.passwordProblems;
	}

}
