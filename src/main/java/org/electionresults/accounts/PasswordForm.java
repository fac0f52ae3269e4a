package org.electionresults.accounts;

import org.jspecify.annotations.Nullable;

/**
 * What a password form sends: the current password (when changing one's own) and the new one twice.
 *
 * @param currentPassword the password now, to change one's own
 * @param password the new password
 * @param repeatPassword the same again
 */
record PasswordForm(@Nullable String currentPassword, @Nullable String password, @Nullable String repeatPassword) {

	boolean repeated() {
		return this.password != null && this.password.equals(this.repeatPassword);
	}

	String newPassword() {
		return (this.password != null) ? this.password : "";
	}

	String current() {
		return (this.currentPassword != null) ? this.currentPassword : "";
	}

}
