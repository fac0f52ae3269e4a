package org.electionresults.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.concurrent.ThreadLocalRandom;

import org.electionresults.IntegrationTest;
import org.electionresults.TestAccounts;
import org.electionresults.system.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A real signed-in session (form sign-in, session cookie) ends at its very next request once its
 * account is disabled or its password reset, and does not come back when the account is enabled
 * again; the account's other sessions are not affected by somebody else's change.
 */
@IntegrationTest
class SessionEndTests {

	private static final String PASSWORD = "a long enough password";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	@Test
	void disablingAnAccountEndsItsSessionsAtOnce() {
		String name = account();
		MockHttpSession first = signIn(name);
		MockHttpSession second = signIn(name);
		MockHttpSession admin = signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
		assertThat(this.mvc.get().uri("/admin/uploads").session(first)).hasStatusOk();

		assertThat(this.mvc.post().uri("/admin/accounts/" + id(name) + "/disable").session(admin).with(csrf()))
			.hasStatus(HttpStatus.FOUND);

		MvcTestResult ended = this.mvc.get().uri("/admin/uploads").session(first).exchange();
		assertThat(ended).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?ended");
		assertThat(first.isInvalid()).isTrue();
		assertThat(this.mvc.get().uri("/admin/uploads").session(second)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/login?ended");
		// the administrator's own session goes on
		assertThat(this.mvc.get().uri("/admin/accounts").session(admin)).hasStatusOk();
		// and the account cannot sign in again
		assertThat(this.mvc.post()
			.uri("/login")
			.param("username", name)
			.param("password", PASSWORD)
			.with(csrf())
			.with(TestAccounts.from("10.16.2.1"))).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login?error");

		this.accounts.enable(id(name), TestAccounts.ADMIN);
		assertThat(this.mvc.get().uri("/admin/uploads").session(signIn(name))).hasStatusOk();
	}

	@Test
	void aPublicPageOfAnEndedSessionIsShownAsToAnyone() {
		String name = account();
		MockHttpSession session = signIn(name);
		assertThat(this.mvc.get().uri("/").session(session)).bodyText().contains(name);
		this.accounts.disable(id(name), TestAccounts.ADMIN);
		assertThat(this.mvc.get().uri("/").session(session)).hasStatusOk().bodyText().doesNotContain(name);
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void aPasswordResetEndsTheSessionsThatSignedInWithTheOldOne() {
		String name = account();
		MockHttpSession session = signIn(name);
		assertThat(this.mvc.get().uri("/admin/uploads").session(session)).hasStatusOk();
		this.accounts.resetPassword(id(name), "a brand new long password", TestAccounts.ADMIN);
		assertThat(this.mvc.get().uri("/admin/uploads").session(session)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/login?ended");
		assertThat(this.mvc.get().uri("/admin/uploads").session(signIn(name, "a brand new long password")))
			.hasStatusOk();
	}

	@Test
	void aChangedRoleEndsTheSession() {
		String name = account();
		MockHttpSession session = signIn(name);
		this.jdbc.sql("UPDATE app_user SET role = 'ADMIN' WHERE username = ?").param(name).update();
		assertThat(this.mvc.get().uri("/admin/uploads").session(session)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/login?ended");
	}

	@Test
	void changingOnesOwnPasswordEndsTheSessionAndTheNewOneSignsIn() {
		String name = account();
		MockHttpSession session = signIn(name);
		assertThat(this.mvc.post()
			.uri("/admin/password")
			.param("currentPassword", PASSWORD)
			.param("password", "my own new long password")
			.param("repeatPassword", "my own new long password")
			.session(session)
			.with(csrf())).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?passwordChanged");
		assertThat(this.mvc.get().uri("/admin/uploads").session(session)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		assertThat(this.mvc.get().uri("/admin/uploads").session(signIn(name, "my own new long password")))
			.hasStatusOk();
	}

	private String account() {
		String name = "sess-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
		this.accounts.create(name, Role.UPLOADER, PASSWORD, TestAccounts.ADMIN);
		return name;
	}

	private MockHttpSession signIn(String name) {
		return signIn(name, PASSWORD);
	}

	private MockHttpSession signIn(String name, String password) {
		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.param("username", name)
			.param("password", password)
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/admin/uploads");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private long id(String name) {
		return TestAccounts.id(this.jdbc, name);
	}

}
