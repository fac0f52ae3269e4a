package org.electionresults.system.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure an administrator can sign in: the configured one is created or updated; with nothing
 * configured and no administrator yet, one is created with a random password that is logged once.
 * There is no default password. This runs before the web server starts, so that no request can
 * arrive before the administrator exists.
 */
@Component
class AdminAccountInitializer implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(AdminAccountInitializer.class);

	static final String ADMIN_ROLE = "ADMIN";

	private final AdminProperties properties;

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	AdminAccountInitializer(AdminProperties properties, AppUserRepository users, PasswordEncoder passwordEncoder) {
		this.properties = properties;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ensureAdministrator();
	}

	void ensureAdministrator() {
		String username = this.properties.usernameOrDefault();
		if (this.properties.hasPassword()) {
			String hash = this.passwordEncoder.encode(this.properties.password());
			AppUser admin = this.users.findByUsername(username).orElseGet(() -> new AppUser(username, hash, ADMIN_ROLE));
			admin.changePassword(hash);
			admin.changeRole(ADMIN_ROLE);
			this.users.save(admin);
			logger.info("Administrator '{}' set from configuration", username);
		}
		else if (!this.users.existsByRole(ADMIN_ROLE)) {
			String password = randomPassword();
			this.users.save(new AppUser(username, this.passwordEncoder.encode(password), ADMIN_ROLE));
			logger.warn("No administrator configured: created '{}' with the generated password {} "
					+ "(shown only this once; set ELECTIONS_ADMIN_PASSWORD to choose one)", username, password);
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
