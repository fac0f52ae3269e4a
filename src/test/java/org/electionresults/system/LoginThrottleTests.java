package org.electionresults.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;

import org.electionresults.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Repeated failed sign-ins from one address are refused for a while; other addresses are not. */
@IntegrationTest
class LoginThrottleTests {

	@Autowired
	MockMvcTester mvc;

	@Value("${elections.login.block:15m}")
	Duration block;

	@Test
	void formSignInIsRefusedAfterFiveFailures() {
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(formLogin("wrong", from("10.0.0.1"))).hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.endsWith("/login?error");
		}
		assertThat(formLogin("test-admin-password", from("10.0.0.1"))).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(formLogin("test-admin-password", from("10.0.0.2"))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/admin/uploads");
	}

	@Test
	void basicSignInIsRefusedAfterFiveFailures() {
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(this.mvc.get().uri("/api/admin/uploads").with(httpBasic("admin", "wrong")).with(from("10.0.0.3")))
				.hasStatus(HttpStatus.UNAUTHORIZED);
		}
		assertThat(this.mvc.get()
			.uri("/api/admin/uploads")
			.with(httpBasic("admin", "test-admin-password"))
			.with(from("10.0.0.3"))).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.hasHeader("Retry-After", Long.toString(this.block.toSeconds()));
	}

	@Test
	void aSuccessClearsEarlierFailures() {
		for (int attempt = 0; attempt < 4; attempt++) {
			formLogin("wrong", from("10.0.0.4"));
		}
		assertThat(formLogin("test-admin-password", from("10.0.0.4"))).hasStatus(HttpStatus.FOUND);
		for (int attempt = 0; attempt < 4; attempt++) {
			formLogin("wrong", from("10.0.0.4"));
		}
		assertThat(formLogin("test-admin-password", from("10.0.0.4"))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/admin/uploads");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult formLogin(String password,
			RequestPostProcessor from) {
		return this.mvc.post()
			.uri("/login")
			.param("username", "admin")
			.param("password", password)
			.with(csrf())
			.with(from)
			.exchange();
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
