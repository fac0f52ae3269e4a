package org.electionresults.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.electionresults.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Public pages for everyone; admin pages and the admin API for signed-in accounts only. */
@IntegrationTest
class AccessRulesTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void publicPagesNeedNoLogin() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk();
		assertThat(this.mvc.get().uri("/login")).hasStatusOk();
	}

	@Test
	void healthIsPublicAndSaysOnlyUpOrDown() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.isEqualTo("{\"status\":\"UP\"}");
		assertThat(this.mvc.get().uri("/actuator/health")).bodyText().doesNotContain("components", "db");
	}

	@Test
	void otherActuatorEndpointsAreNotExposed() {
		assertThat(this.mvc.get().uri("/actuator/env")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void adminPagesRedirectAnonymousUsersToLogin() {
		assertThat(this.mvc.get().uri("/admin/uploads")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void aSessionOfNoKnownAccountIsEndedNotServed() {
		// Accounts are never deleted, so such a session can only be forged; per role: RoleAccessTests.
		assertThat(this.mvc.get().uri("/admin/uploads").with(user("reader").roles("USER")))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/login?ended");
	}

	@Test
	void adminApiAnswers401WithoutCredentialsOrWithAWrongPassword() {
		assertThat(this.mvc.get().uri("/api/admin/uploads")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.get().uri("/api/admin/uploads").with(httpBasic("admin", "wrong")))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void formLoginWithTheConfiguredPasswordSucceeds() {
		assertThat(this.mvc.post()
			.uri("/login")
			.param("username", "admin")
			.param("password", "test-admin-password")
			.with(csrf())).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/admin/uploads");
		assertThat(this.mvc.post().uri("/login").param("username", "admin").param("password", "nope").with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login?error");
	}

	@Test
	void formsRequireACsrfToken() {
		assertThat(this.mvc.post().uri("/login").param("username", "admin").param("password", "test-admin-password"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void unknownPagesGetA404PageWithoutStackTrace() {
		assertThat(this.mvc.get().uri("/no/such/page").accept("text/html")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void securityHeadersOnEveryResponse() {
		assertThat(this.mvc.get().uri("/")).headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.containsHeader("Content-Security-Policy")
			.containsHeader("Referrer-Policy");
	}

}
