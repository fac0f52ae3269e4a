package org.electionresults.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.electionresults.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The administrator configured by properties exists with a BCrypt hash, never the plain password. */
@IntegrationTest
class AdminAccountTests {

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void configuredAdministratorIsStoredWithABcryptHash() {
		AppUser admin = this.users.findByUsername("admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo("ADMIN");
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("test-admin-password");
		assertThat(this.passwordEncoder.matches("test-admin-password", admin.getPasswordHash())).isTrue();
	}

	@Test
	void aChangedPasswordIsAppliedAtTheNextStart() {
		AdminAccountInitializer restartedWith = new AdminAccountInitializer(
				new AdminProperties("second-admin", "first-password"), this.users, this.passwordEncoder);
		restartedWith.ensureAdministrator();
		new AdminAccountInitializer(new AdminProperties("second-admin", "changed-password"), this.users,
				this.passwordEncoder)
			.ensureAdministrator();
		AppUser admin = this.users.findByUsername("second-admin").orElseThrow();
		assertThat(this.passwordEncoder.matches("changed-password", admin.getPasswordHash())).isTrue();
		assertThat(this.passwordEncoder.matches("first-password", admin.getPasswordHash())).isFalse();
		this.users.delete(admin);
	}

}
