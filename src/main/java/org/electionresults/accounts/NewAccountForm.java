package org.electionresults.accounts;

import org.electionresults.system.Role;
import org.jspecify.annotations.Nullable;

/**
 * What the new-account form sends. The password is typed twice.
 *
 * @param username the name to sign in with
 * @param role what the account may do, {@code UPLOADER} when not chosen
 * @param password the first password
 * @param repeatPassword the same again
 */
record NewAccountForm(@Nullable String username, @Nullable Role role, @Nullable String password,
		@Nullable String repeatPassword) {

	static NewAccountForm empty() {
		return new NewAccountForm("", Role.UPLOADER, null, null);
	}

	public Role roleOrDefault() {
		return (this.role != null) ? this.role : Role.UPLOADER;
	}

	/** The form as it is shown again after a refusal: never with the passwords. */
	NewAccountForm withoutPasswords() {
		return new NewAccountForm(this.username, roleOrDefault(), null, null);
	}

}
