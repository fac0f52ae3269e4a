package org.electionresults.accounts;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator account created or updated at start-up ({@code ELECTIONS_ADMIN_USERNAME},
 * {@code ELECTIONS_ADMIN_PASSWORD}).
 *
 * @param username the administrator's user name, {@code admin} when not set
 * @param password the administrator's password; when not set and no administrator exists yet, a
 * random one is generated and logged once
 */
@ConfigurationProperties("elections.admin")
record AdminProperties(@Nullable String username, @Nullable String password) {

	String usernameOrDefault() {
		return (this.username == null || this.username.isBlank()) ? "admin" : this.username.trim();
	}

	boolean hasPassword() {
		return this.password != null && !this.password.isEmpty();
	}

}
