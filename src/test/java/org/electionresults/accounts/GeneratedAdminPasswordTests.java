package org.electionresults.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.electionresults.TestDatabaseConfiguration;
import org.electionresults.audit.AuditLog;
import org.electionresults.system.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * With no administrator configured and none in the database, a random password is generated and
 * logged once: there is no default password.
 */
@SpringBootTest(properties = { "elections.admin.username=", "elections.admin.password=" })
@Import(TestDatabaseConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class GeneratedAdminPasswordTests {

	private static final Pattern GENERATED = Pattern.compile("created 'admin' with the generated password (\\S+) ");

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AuditLog audit;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aRandomPasswordIsLoggedOnceAndWorks(CapturedOutput output) {
		// Started without configuration: an administrator exists already.
		assertThat(this.users.existsByRole(Role.ADMIN)).isTrue();
		this.users.deleteAll();

		new AdminAccountInitializer(new AdminProperties(null, null), this.users, this.passwordEncoder, this.audit,
				this.transactions)
			.ensureAdministrator();

		List<String> logged = GENERATED.matcher(output.getOut()).results().map((match) -> match.group(1)).toList();
		assertThat(logged).as("generated passwords logged").isNotEmpty();
		String password = logged.get(logged.size() - 1);
		AppUser admin = this.users.findByUsername("admin").orElseThrow();
		assertThat(this.passwordEncoder.matches(password, admin.getPasswordHash())).isTrue();
		assertThat(password).hasSizeGreaterThanOrEqualTo(20);

		// With an administrator present, nothing is generated or changed.
		new AdminAccountInitializer(new AdminProperties(null, null), this.users, this.passwordEncoder, this.audit,
				this.transactions)
			.ensureAdministrator();
		assertThat(GENERATED.matcher(output.getOut()).results().count()).isEqualTo(logged.size());
		assertThat(this.users.findByUsername("admin").orElseThrow().getPasswordHash())
			.isEqualTo(admin.getPasswordHash());
	}

}
