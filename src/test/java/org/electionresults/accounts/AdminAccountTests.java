package org.electionresults.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.electionresults.IntegrationTest;
import org.electionresults.audit.AuditLog;
import org.electionresults.system.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The administrator configured by properties exists with a BCrypt hash (through the delegating
 * encoder), never the plain password; a start applies a changed configuration, and only a changed one,
 * and records it in the audit log.
 */
@IntegrationTest
class AdminAccountTests {

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AuditLog audit;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void configuredAdministratorIsStoredWithABcryptHash() {
		AppUser admin = this.users.findByUsername("admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(admin.isEnabled()).isTrue();
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("test-admin-password");
		assertThat(this.passwordEncoder.matches("test-admin-password", admin.getPasswordHash())).isTrue();
	}

	@Test
	void aChangedPasswordIsAppliedAtTheNextStart() {
		initializer("second-admin", "first-password").ensureAdministrator();
		initializer("second-admin", "changed-password").ensureAdministrator();
		AppUser admin = this.users.findByUsername("second-admin").orElseThrow();
		assertThat(this.passwordEncoder.matches("changed-password", admin.getPasswordHash())).isTrue();
		assertThat(this.passwordEncoder.matches("first-password", admin.getPasswordHash())).isFalse();
		assertThat(bootstrapEntries("second-admin")).containsExactly("change=created-from-configuration",
				"change=password-from-configuration");
	}

	@Test
	void anUnchangedConfigurationChangesNothingAtTheNextStart() {
		initializer("third-admin", "same-password-each-time").ensureAdministrator();
		AppUser before = this.users.findByUsername("third-admin").orElseThrow();
		initializer("third-admin", "same-password-each-time").ensureAdministrator();
		assertThat(this.users.findByUsername("third-admin").orElseThrow().getPasswordHash())
			.isEqualTo(before.getPasswordHash());
		assertThat(bootstrapEntries("third-admin")).hasSize(1);
	}

	@Test
	void aDisabledOrDemotedBootstrapAdministratorIsRestoredAtTheNextStart() {
		initializer("fourth-admin", "fourth-admin-password").ensureAdministrator();
		AppUser admin = this.users.findByUsername("fourth-admin").orElseThrow();
		admin.disable();
		admin.changeRole(Role.UPLOADER);
		this.users.save(admin);
		initializer("fourth-admin", "fourth-admin-password").ensureAdministrator();
		AppUser restored = this.users.findByUsername("fourth-admin").orElseThrow();
		assertThat(restored.isEnabled()).isTrue();
		assertThat(restored.getRole()).isEqualTo(Role.ADMIN);
	}

	private AdminAccountInitializer initializer(String username, String password) {
		return new AdminAccountInitializer(new AdminProperties(username, password), this.users, this.passwordEncoder,
				this.audit, this.transactions);
	}

	private List<String> bootstrapEntries(String username) {
		return this.jdbc
			.sql("SELECT detail FROM audit_entry WHERE action = 'BOOTSTRAP_ADMIN' AND target = ? ORDER BY id")
			.param("account:" + username)
			.query(String.class)
			.list();
	}

}
