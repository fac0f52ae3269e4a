package org.electionresults;

import org.electionresults.system.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Accounts of each role for tests that share one database: created on first use, and put back
 * (enabled, role, password) on every later one, whatever an earlier test did to them.
 */
public final class TestAccounts {

	/** The bootstrap administrator of application-test.properties. */
	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "test-admin-password";

	public static final String UPLOADER = "test-uploader";

	public static final String UPLOADER_PASSWORD = "uploads on election night";

	private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private TestAccounts() {
	}

	/** The uploader account, enabled, with its usual password. */
	public static void ensureUploader(JdbcClient jdbc) {
		ensure(jdbc, UPLOADER, Role.UPLOADER, UPLOADER_PASSWORD);
	}

	public static void ensure(JdbcClient jdbc, String username, Role role, String password) {
		jdbc.sql("""
				INSERT INTO app_user (username, password_hash, role, enabled, created_by)
				VALUES (:name, :hash, :role, true, 'test')
				ON CONFLICT (username) DO UPDATE SET password_hash = :hash, role = :role, enabled = true""")
			.param("name", username)
			.param("hash", ENCODER.encode(password))
			.param("role", role.name())
			.update();
	}

	public static long id(JdbcClient jdbc, String username) {
		return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
	}

	/** A request from another client address: failed sign-ins count per address (LoginThrottle). */
	public static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A signed-in session of the uploader, for MockMvc. */
	public static RequestPostProcessor uploaderSession() {
		return SecurityMockMvcRequestPostProcessors.user(UPLOADER).roles(Role.UPLOADER.name());
	}

	/** A signed-in session of the bootstrap administrator, for MockMvc. */
	public static RequestPostProcessor adminSession() {
		return SecurityMockMvcRequestPostProcessors.user(ADMIN).roles(Role.ADMIN.name());
	}

}
