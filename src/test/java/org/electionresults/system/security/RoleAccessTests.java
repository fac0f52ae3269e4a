package org.electionresults.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.stream.Stream;

import org.electionresults.IntegrationTest;
import org.electionresults.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every admin page, form and API endpoint for each role: {@code ADMIN} everywhere; {@code UPLOADER}
 * everywhere but accounts, the audit log and revert (403); nobody signed in: the sign-in page, or
 * 401 on the API. "Allowed" means the security layer let the request through: the answer is
 * whatever the endpoint says (200, a redirect to its own page, 400 for a request without its file,
 * 404 for an upload or account that does not exist, or for endpoints other features add later).
 */
@IntegrationTest
class RoleAccessTests {

	private static final String NO_SUCH = "999999";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void accounts() {
		TestAccounts.ensureUploader(this.jdbc);
	}

	static Stream<Arguments> pages() {
		return Stream.of(
				// uploads: both roles
				Arguments.of(HttpMethod.GET, "/admin/uploads", true),
				Arguments.of(HttpMethod.POST, "/admin/uploads", true),
				Arguments.of(HttpMethod.GET, "/admin/uploads/" + NO_SUCH, true),
				Arguments.of(HttpMethod.GET, "/admin/uploads/" + NO_SUCH + "/file", true),
				// notices (another feature): both roles
				Arguments.of(HttpMethod.GET, "/admin/notices", true),
				Arguments.of(HttpMethod.POST, "/admin/notices", true),
				// one's own password: both roles
				Arguments.of(HttpMethod.GET, "/admin/password", true),
				Arguments.of(HttpMethod.POST, "/admin/password", true),
				// administrators only
				Arguments.of(HttpMethod.POST, "/admin/uploads/" + NO_SUCH + "/revert", false),
				Arguments.of(HttpMethod.GET, "/admin/uploads/" + NO_SUCH + "/revert", false),
				Arguments.of(HttpMethod.GET, "/admin/accounts", false),
				Arguments.of(HttpMethod.POST, "/admin/accounts", false),
				Arguments.of(HttpMethod.GET, "/admin/accounts/" + NO_SUCH + "/password", false),
				Arguments.of(HttpMethod.POST, "/admin/accounts/" + NO_SUCH + "/password", false),
				Arguments.of(HttpMethod.POST, "/admin/accounts/" + NO_SUCH + "/disable", false),
				Arguments.of(HttpMethod.POST, "/admin/accounts/" + NO_SUCH + "/enable", false),
				Arguments.of(HttpMethod.GET, "/admin/audit", false));
	}

	static Stream<Arguments> api() {
		return Stream.of(Arguments.of(HttpMethod.GET, "/api/admin/uploads", true),
				Arguments.of(HttpMethod.POST, "/api/admin/uploads", true),
				Arguments.of(HttpMethod.GET, "/api/admin/uploads/" + NO_SUCH, true),
				Arguments.of(HttpMethod.GET, "/api/admin/notices", true),
				Arguments.of(HttpMethod.POST, "/api/admin/notices", true),
				Arguments.of(HttpMethod.POST, "/api/admin/uploads/" + NO_SUCH + "/revert", false),
				Arguments.of(HttpMethod.GET, "/api/admin/audit", false),
				Arguments.of(HttpMethod.GET, "/api/admin/accounts", false),
				Arguments.of(HttpMethod.POST, "/api/admin/accounts", false));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("pages")
	void administratorsReachEveryPage(HttpMethod method, String path, boolean uploaderAllowed) {
		assertAllowed(page(method, path, TestAccounts.adminSession()));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("pages")
	void uploadersReachAllButAccountsAuditAndRevert(HttpMethod method, String path, boolean uploaderAllowed) {
		MvcTestResult result = page(method, path, TestAccounts.uploaderSession());
		if (uploaderAllowed) {
			assertAllowed(result);
		}
		else {
			assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("pages")
	void nobodySignedInIsSentToTheSignInPage(HttpMethod method, String path, boolean uploaderAllowed) {
		assertThat(page(method, path, (request) -> request)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("api")
	void administratorsReachEveryEndpoint(HttpMethod method, String path, boolean uploaderAllowed) {
		assertAllowed(api(method, path, httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("api")
	void uploadersReachAllButAuditAccountsAndRevert(HttpMethod method, String path, boolean uploaderAllowed) {
		MvcTestResult result = api(method, path, httpBasic(TestAccounts.UPLOADER, TestAccounts.UPLOADER_PASSWORD));
		if (uploaderAllowed) {
			assertAllowed(result);
		}
		else {
			assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("api")
	void theApiWantsCredentials(HttpMethod method, String path, boolean uploaderAllowed) {
		assertThat(api(method, path, (request) -> request)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	private MvcTestResult page(HttpMethod method, String path, RequestPostProcessor who) {
		if (method == HttpMethod.GET) {
			return this.mvc.get().uri(path).with(who).exchange();
		}
		if (path.equals("/admin/uploads")) {
			// A multipart form carries its CSRF token in the URL or a header, never in the body.
			return this.mvc.post().uri(path).multipart().with(who).with(csrf().asHeader()).exchange();
		}
		return this.mvc.post().uri(path).with(who).with(csrf()).exchange();
	}

	private MvcTestResult api(HttpMethod method, String path, RequestPostProcessor who) {
		if (method == HttpMethod.GET) {
			return this.mvc.get().uri(path).with(who).exchange();
		}
		if (path.equals("/api/admin/uploads")) {
			return this.mvc.post().uri(path).multipart().with(who).exchange();
		}
		return this.mvc.post().uri(path).with(who).exchange();
	}

	private static void assertAllowed(MvcTestResult result) {
		int status = result.getResponse().getStatus();
		assertThat(status).as("status").isNotIn(401, 403);
		String location = result.getResponse().getRedirectedUrl();
		if (location != null) {
			assertThat(location).as("redirect").doesNotContain("/login");
		}
	}

}
