package org.electionresults.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.electionresults.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every error of the API is an RFC 9457 problem detail ({@code application/problem+json}) with
 * status, a title and a detail in the caller's language and the path as instance; never a stack
 * trace. (413 is covered by UploadSizeLimitTests, 503 by DatabaseOutageTests.)
 */
@IntegrationTest
class ApiProblemTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aMalformedParameterIs400() {
		assertProblem(this.mvc.get().uri("/api/results/president?department=abc").exchange(), HttpStatus.BAD_REQUEST,
				"/api/results/president");
	}

	@Test
	void anUnknownAreaAndAnUnknownAddressAre404() {
		assertProblem(this.mvc.get().uri("/api/results/president?department=99").exchange(), HttpStatus.NOT_FOUND,
				"/api/results/president");
		assertProblem(this.mvc.get().uri("/api/no-such-thing").exchange(), HttpStatus.NOT_FOUND, "/api/no-such-thing");
	}

	@Test
	void aPostWithoutCsrfTokenIs403() {
		assertProblem(this.mvc.post().uri("/api/results/president").exchange(), HttpStatus.FORBIDDEN,
				"/api/results/president");
	}

	@Test
	void missingCredentialsAre401WithTheBasicChallenge() {
		MvcTestResult result = this.mvc.get().uri("/api/admin/uploads").exchange();
		assertProblem(result, HttpStatus.UNAUTHORIZED, "/api/admin/uploads");
		assertThat(result).hasHeader("WWW-Authenticate", "Basic realm=\"election-results\"");
	}

	@Test
	void tooManyFailedSignInsAre429() {
		for (int attempt = 0; attempt < 5; attempt++) {
			assertProblem(this.mvc.get().uri("/api/admin/uploads").with(httpBasic("admin", "wrong")).with(from("10.7.0.1"))
				.exchange(), HttpStatus.UNAUTHORIZED, "/api/admin/uploads");
		}
		MvcTestResult blocked = this.mvc.get()
			.uri("/api/admin/uploads")
			.with(httpBasic("admin", "test-admin-password"))
			.with(from("10.7.0.1"))
			.exchange();
		assertProblem(blocked, HttpStatus.TOO_MANY_REQUESTS, "/api/admin/uploads");
		assertThat(blocked).headers().containsHeader("Retry-After");
	}

	@Test
	void theDetailIsInTheCallersLanguage() {
		assertThat(this.mvc.get().uri("/api/no-such-thing").header("Accept-Language", "en").exchange()).bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Page not found");
		assertThat(this.mvc.get().uri("/api/no-such-thing").exchange()).bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Página no encontrada");
	}

	@Test
	void pagesKeepTheirErrorPages() {
		MvcTestResult page = this.mvc.get().uri("/departments/99").accept(MediaType.TEXT_HTML).exchange();
		assertThat(page).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(page.getResponse().getContentType()).as("left to the error pages").isNull();
	}

	private static void assertProblem(MvcTestResult result, HttpStatus status, String instance) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status.value());
		assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo(instance);
		assertThat(result).bodyJson().extractingPath("$.title").asString().isNotBlank();
		assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank();
		assertThat(result.getResponse().getContentAsByteArray()).asString().doesNotContain("Exception").doesNotContain("\tat ");
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
