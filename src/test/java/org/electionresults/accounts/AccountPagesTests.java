package org.electionresults.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.concurrent.ThreadLocalRandom;

import org.electionresults.IntegrationTest;
import org.electionresults.TestAccounts;
import org.electionresults.system.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The account pages of an administrator and the password page of everyone: what they create and
 * change, what they refuse and why, and the audit entry of each change (in the same transaction).
 * Accounts are never deleted, so every test names its own.
 */
@IntegrationTest
class AccountPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@BeforeEach
	void accounts() {
		TestAccounts.ensureUploader(this.jdbc);
	}

	@Test
	void theListShowsEveryAccountWithItsRoleAndTheNewAccountForm() {
		assertThat(this.mvc.get().uri("/admin/accounts").with(TestAccounts.adminSession())).hasStatusOk()
			.bodyText()
			.contains(TestAccounts.ADMIN, TestAccounts.UPLOADER, "Administrador", "Operador de carga",
					"name=\"_csrf\"", "name=\"repeatPassword\"", "minlength=\"12\"")
			.doesNotContain("{bcrypt}");
	}

	@Test
	void anAdministratorCreatesAnAccountWithAHashedPassword() {
		String name = unique("ana");
		assertThat(create(name, "UPLOADER", "a long enough password", "a long enough password"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/accounts");
		AppUser created = this.users.findByUsername(name).orElseThrow();
		assertThat(created.getRole()).isEqualTo(Role.UPLOADER);
		assertThat(created.isEnabled()).isTrue();
		assertThat(created.getCreatedBy()).isEqualTo(TestAccounts.ADMIN);
		assertThat(created.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("long enough");
		assertThat(this.passwordEncoder.matches("a long enough password", created.getPasswordHash())).isTrue();
		assertThat(lastEntry(name)).isEqualTo("ACCOUNT_CREATED SUCCESS admin role=UPLOADER");
		// and it signs in
		assertThat(this.mvc.get().uri("/api/admin/uploads").with(httpBasic(name, "a long enough password")))
			.hasStatusOk();
	}

	@Test
	void namesAreLowerCasedAndUniqueWhateverTheirCase() {
		String name = unique("bea");
		create(name.toUpperCase(), "ADMIN", "a long enough password", "a long enough password");
		assertThat(this.users.findByUsername(name)).get().extracting(AppUser::getRole).isEqualTo(Role.ADMIN);
		assertThat(create(name, "UPLOADER", "another long password", "another long password")).hasStatusOk()
			.bodyText()
			.contains("Ya existe una cuenta con ese nombre.");
		assertThat(lastEntry(name)).isEqualTo("ACCOUNT_CREATED FAILURE admin reason=name-taken");
		// Sign-in takes the name in any case, and is the stored name afterwards.
		assertThat(this.mvc.get()
			.uri("/api/admin/uploads")
			.with(httpBasic(name.toUpperCase(), "a long enough password"))).hasStatusOk();
	}

	@Test
	void aWeakPasswordIsRefusedWithEveryReasonAndNothingIsWritten() {
		String name = unique("carla");
		long entries = entries();
		assertThat(create(name, "UPLOADER", name, name)).hasStatusOk()
			.bodyText()
			.contains("no puede contener el nombre de usuario");
		assertThat(create(name, "UPLOADER", "\tx\tx", "\tx\tx")).hasStatusOk()
			.bodyText()
			.contains("al menos 12 caracteres", "no puede tener tabulaciones")
			.doesNotContain("value=\"\tx");
		assertThat(this.users.findByUsername(name)).isEmpty();
		assertThat(entries()).isEqualTo(entries);
	}

	@Test
	void passwordsThatDifferOrABadNameAreRefused() {
		String name = unique("dora");
		assertThat(create(name, "UPLOADER", "a long enough password", "a long enough passw0rd")).hasStatusOk()
			.bodyText()
			.contains("Las dos contraseñas no coinciden.");
		assertThat(create("ana lópez", "UPLOADER", "a long enough password", "a long enough password")).hasStatusOk()
			.bodyText()
			.contains("El nombre de usuario no es válido");
		assertThat(this.users.findByUsername(name)).isEmpty();
	}

	@Test
	void anAccountIsDisabledAndEnabledAgainNeverDeleted() {
		String name = unique("eva");
		create(name, "UPLOADER", "a long enough password", "a long enough password");
		long id = TestAccounts.id(this.jdbc, name);

		assertThat(post("/admin/accounts/" + id + "/disable")).hasStatus(HttpStatus.FOUND);
		assertThat(this.users.findById(id)).get().extracting(AppUser::isEnabled).isEqualTo(false);
		assertThat(lastEntry(name)).isEqualTo("ACCOUNT_DISABLED SUCCESS admin null");
		assertThat(this.mvc.get()
			.uri("/api/admin/uploads")
			.with(httpBasic(name, "a long enough password"))
			.with(TestAccounts.from("10.16.1.1"))).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.get().uri("/admin/accounts").with(TestAccounts.adminSession())).bodyText()
			.contains("Deshabilitada", "/admin/accounts/" + id + "/enable");

		assertThat(post("/admin/accounts/" + id + "/enable")).hasStatus(HttpStatus.FOUND);
		assertThat(this.users.findById(id)).get().extracting(AppUser::isEnabled).isEqualTo(true);
		assertThat(lastEntry(name)).isEqualTo("ACCOUNT_ENABLED SUCCESS admin null");
		assertThat(this.mvc.get().uri("/api/admin/uploads").with(httpBasic(name, "a long enough password")))
			.hasStatusOk();
	}

	@Test
	void nobodyDisablesTheirOwnAccountOrTheBootstrapAdministrator() {
		long admin = TestAccounts.id(this.jdbc, TestAccounts.ADMIN);
		assertThat(post("/admin/accounts/" + admin + "/disable")).hasStatus(HttpStatus.FOUND);
		assertThat(this.users.findById(admin)).get().extracting(AppUser::isEnabled).isEqualTo(true);
		assertThat(lastEntry(TestAccounts.ADMIN)).isEqualTo("ACCOUNT_DISABLED FAILURE admin reason=own-account");

		String other = unique("fer");
		create(other, "ADMIN", "a long enough password", "a long enough password");
		MvcTestResult refused = this.mvc.post()
			.uri("/admin/accounts/" + admin + "/disable")
			.with(user(other)
				.roles("ADMIN"))
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.FOUND);
		assertThat(refused.getMvcResult().getFlashMap().get("refused")).asString()
			.contains("El administrador configurado en el entorno no se puede deshabilitar.");
		assertThat(this.users.findById(admin)).get().extracting(AppUser::isEnabled).isEqualTo(true);
		assertThat(lastEntry(TestAccounts.ADMIN))
			.isEqualTo("ACCOUNT_DISABLED FAILURE " + other + " reason=bootstrap-administrator");
	}

	@Test
	void anAdministratorResetsAPassword() {
		String name = unique("gus");
		create(name, "UPLOADER", "the first long password", "the first long password");
		long id = TestAccounts.id(this.jdbc, name);
		assertThat(this.mvc.get().uri("/admin/accounts/" + id + "/password").with(TestAccounts.adminSession()))
			.hasStatusOk()
			.bodyText()
			.contains("Nueva contraseña para " + name);

		assertThat(this.mvc.post()
			.uri("/admin/accounts/" + id + "/password")
			.param("password", "short")
			.param("repeatPassword", "short")
			.with(TestAccounts.adminSession())
			.with(csrf())).hasStatusOk().bodyText().contains("al menos 12 caracteres");

		assertThat(this.mvc.post()
			.uri("/admin/accounts/" + id + "/password")
			.param("password", "the second long password")
			.param("repeatPassword", "the second long password")
			.with(TestAccounts.adminSession())
			.with(csrf())).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/accounts");
		assertThat(lastEntry(name)).isEqualTo("PASSWORD_RESET SUCCESS admin null");
		assertThat(this.mvc.get()
			.uri("/api/admin/uploads")
			.with(httpBasic(name, "the first long password"))
			.with(TestAccounts.from("10.16.1.2"))).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.get().uri("/api/admin/uploads").with(httpBasic(name, "the second long password")))
			.hasStatusOk();
	}

	@Test
	void anUnknownAccountIsA404() {
		assertThat(this.mvc.get().uri("/admin/accounts/999999/password").with(TestAccounts.adminSession()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(post("/admin/accounts/999999/disable")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void everyoneChangesTheirOwnPasswordKnowingTheCurrentOne() {
		String name = unique("hugo");
		create(name, "UPLOADER", "the first long password", "the first long password");
		RequestPostProcessor session = user(name).roles("UPLOADER");

		assertThat(this.mvc.get().uri("/admin/password").with(session)).hasStatusOk()
			.bodyText()
			.contains("name=\"currentPassword\"", "autocomplete=\"new-password\"");

		assertThat(this.mvc.post()
			.uri("/admin/password")
			.param("currentPassword", "not the password")
			.param("password", "the second long password")
			.param("repeatPassword", "the second long password")
			.with(session)
			.with(csrf())).hasStatusOk().bodyText().contains("La contraseña actual no es correcta.");
		assertThat(lastEntry(name)).isEqualTo("PASSWORD_CHANGED FAILURE " + name + " reason=wrong-current-password");

		assertThat(this.mvc.post()
			.uri("/admin/password")
			.param("currentPassword", "the first long password")
			.param("password", "the first long password")
			.param("repeatPassword", "the first long password")
			.with(session)
			.with(csrf())).hasStatusOk().bodyText().contains("La contraseña nueva es igual a la actual.");

		assertThat(this.mvc.post()
			.uri("/admin/password")
			.param("currentPassword", "the first long password")
			.param("password", "the second long password")
			.param("repeatPassword", "the second long password")
			.with(session)
			.with(csrf())).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?passwordChanged");
		assertThat(this.jdbc.sql("""
				SELECT action || ' ' || outcome || ' ' || actor FROM audit_entry
				WHERE target = ? AND action = 'PASSWORD_CHANGED' ORDER BY id DESC LIMIT 1""")
			.param("account:" + name)
			.query(String.class)
			.single()).isEqualTo("PASSWORD_CHANGED SUCCESS " + name);
		assertThat(this.mvc.get().uri("/api/admin/uploads").with(httpBasic(name, "the second long password")))
			.hasStatusOk();
	}

	private MvcTestResult create(String username, String role, String password, String repeat) {
		return this.mvc.post()
			.uri("/admin/accounts")
			.param("username", username)
			.param("role", role)
			.param("password", password)
			.param("repeatPassword", repeat)
			.with(TestAccounts.adminSession())
			.with(csrf())
			.exchange();
	}

	private MvcTestResult post(String path) {
		return this.mvc.post().uri(path).with(TestAccounts.adminSession()).with(csrf()).exchange();
	}

	/** The newest audit entry about the account: action, outcome, actor and detail. */
	private String lastEntry(String username) {
		return this.jdbc.sql("""
				SELECT action || ' ' || outcome || ' ' || actor || ' ' || coalesce(detail, 'null') FROM audit_entry
				WHERE target = ? ORDER BY id DESC LIMIT 1""")
			.param("account:" + username)
			.query(String.class)
			.single();
	}

	private long entries() {
		return this.jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
	}

	private static String unique(String prefix) {
		return prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
	}

}
