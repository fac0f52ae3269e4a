package org.electionresults.accounts;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Account settings ({@code ELECTIONS_ACCOUNTS_MIN_PASSWORD_LENGTH}).
 *
 * @param minPasswordLength the fewest characters a new password may have, 12 when not set
 */
@ConfigurationProperties("elections.accounts")
record AccountsProperties(@Nullable Integer minPasswordLength) {

	PasswordRule passwordRule() {
		return new PasswordRule((this.minPasswordLength != null) ? this.minPasswordLength
				: PasswordRule.DEFAULT_MIN_LENGTH);
	}

}
