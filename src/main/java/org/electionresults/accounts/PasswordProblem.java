package org.electionresults.accounts;

/** Why a new password is refused; each has a message {@code accounts.password.<NAME>}. */
enum PasswordProblem {

	/** Fewer characters than the minimum. */
	TOO_SHORT,

	/** More than 72 bytes in UTF-8: BCrypt would ignore the rest. */
	TOO_LONG,

	/** Contains the account's own name. */
	CONTAINS_USERNAME,

	/** One character repeated. */
	ONE_CHARACTER,

	/** A control character (tab, line break...), which nobody can type at the sign-in form reliably. */
	CONTROL_CHARACTER

}
