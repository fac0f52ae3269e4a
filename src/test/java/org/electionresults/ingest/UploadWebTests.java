package org.electionresults.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.electionresults.CountFixture;
import org.electionresults.CountIntegrationTest;
import org.electionresults.election.Ballot;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The upload form (CSRF, report page) and the upload API (status codes, JSON) over HTTP. */
class UploadWebTests extends CountIntegrationTest {

	@Test
	void theFormCarriesACsrfTokenAndListsTheHistory() {
		assertThat(this.mvc.get().uri("/admin/uploads").with(user("admin").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("name=\"_csrf\"", "enctype=\"multipart/form-data\"", "name=\"snapshot\"");
	}

	@Test
	void aFormUploadWithoutCsrfIsRefusedAndWritesNothing() throws Exception {
		assertThat(this.mvc.post()
			.uri("/admin/uploads")
			.multipart()
			.file(file("valid.csv"))
			.with(user("admin").roles("ADMIN"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.sql("SELECT count(*) FROM upload").query(Long.class).single()).isZero();
	}

	@Test
	void aFormUploadRedirectsToItsReport() throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/uploads")
			.multipart()
			.file(file("valid.csv"))
			.with(user("admin").roles("ADMIN"))
			.with(csrf().asHeader())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		String report = result.getResponse().getRedirectedUrl();
		assertThat(report).matches("/admin/uploads/\\d+");
		assertThat(this.mvc.get().uri(report).with(user("admin").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("valid.csv", "Aplicada");
	}

	@Test
	void aMultipartFormTakesItsCsrfTokenFromTheUrlNotTheBody() throws Exception {
		// The body is not read before Spring MVC (see MultipartCsrfTokenRequestHandler).
		assertThat(this.mvc.post()
			.uri("/admin/uploads")
			.multipart()
			.file(file("valid.csv"))
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/uploads").with(user("admin").roles("ADMIN"))).bodyText()
			.containsPattern("action=\"/admin/uploads\\?_csrf=[^\"]+\"");
	}

	@Test
	void anAnonymousFormUploadIsSentToLogin() throws Exception {
		assertThat(this.mvc.post().uri("/admin/uploads").multipart().file(file("valid.csv")).with(csrf().asHeader()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		assertThat(this.jdbc.sql("SELECT count(*) FROM upload").query(Long.class).single()).isZero();
	}

	@Test
	void theApiAnswers201ThenDuplicate200() throws Exception {
		MockMultipartFile upload = file("valid.csv");
		assertThat(this.mvc.post().uri("/api/admin/uploads").multipart().file(upload).with(admin()))
			.hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("COMMITTED");
		assertThat(this.mvc.post().uri("/api/admin/uploads").multipart().file(upload).with(admin()))
			.hasStatus(HttpStatus.OK)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("DUPLICATE");
		assertThat(this.mvc.get().uri("/api/admin/uploads").with(admin())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(2);
	}

	@Test
	void theApiRejectsABadFileWith422AndLinePreciseErrorsInTheCallersLanguage() {
		String header = String.join(",", SyntheticExport.header(Ballot.PRESIDENT));
		String row = "1001,PRESIDENTE,4,Alemania,61,Berlín,0,1,Berlín,1,Berlín,3804,Berlín,25129,Embajada,1,220,"
				+ "2,0,34,0,1,0,104,0,142,0,0,142,142,142";
		MockMultipartFile bad = new MockMultipartFile("file", "bad.csv", "text/csv",
				(header + "\n" + row + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		MvcTestResult result = this.mvc.post()
			.uri("/api/admin/uploads")
			.multipart()
			.file(bad)
			.with(admin())
			.header("Accept-Language", "en")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("REJECTED");
		assertThat(result).bodyJson().extractingPath("$.errors[0].line").isEqualTo(2);
		assertThat(result).bodyJson().extractingPath("$.errors[0].column").isEqualTo("VOTO_VALIDO");
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().startsWith("Line 2, column VOTO_VALIDO");
		assertThat(this.jdbc.sql("SELECT count(*) FROM tally").query(Long.class).single()).isZero();
	}

	@Test
	void aFileNameWithANulCharacterIsKeptCleanedRatherThanFailingTheRequest() {
		MockMultipartFile empty = new MockMultipartFile("file", "a\0b.csv", "text/csv", new byte[0]);
		MvcTestResult result = this.mvc.post()
			.uri("/api/admin/uploads")
			.multipart()
			.file(empty)
			.with(admin())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(result).bodyJson().extractingPath("$.fileName").isEqualTo("a_b.csv");
	}

	@Test
	void theApiNeedsAnAdministrator() throws Exception {
		assertThat(this.mvc.post().uri("/api/admin/uploads").multipart().file(file("valid.csv")))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.post()
			.uri("/api/admin/uploads")
			.multipart()
			.file(file("valid.csv"))
			.with(httpBasic("admin", "wrong"))).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.post()
			.uri("/api/admin/uploads")
			.multipart()
			.file(file("valid.csv"))
			.with(user("reader").roles("USER"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.sql("SELECT count(*) FROM upload").query(Long.class).single()).isZero();
	}

	@Test
	void theHistoryOfOneUploadIsReadable() throws Exception {
		String location = this.mvc.post()
			.uri("/api/admin/uploads")
			.multipart()
			.file(file("valid.csv"))
			.with(admin())
			.exchange()
			.getResponse()
			.getHeader("Location");
		assertThat(this.mvc.get().uri(location).with(admin())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.fileName")
			.isEqualTo("valid.csv");
		assertThat(this.mvc.get().uri("/api/admin/uploads/999999").with(admin())).hasStatus(HttpStatus.NOT_FOUND);
	}

	private MockMultipartFile file(String name) throws Exception {
		Path path = this.dir.resolve(name);
		SyntheticExport.builder().mesas(60).seed(3).ballots(EnumSet.allOf(Ballot.class)).build().writeCsv(path);
		return new MockMultipartFile("file", name, "text/csv", Files.readAllBytes(path));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", "test-admin-password");
	}

	@Test
	void theFormShowsAMarkerForTheSnapshotCheckbox() {
		assertThat(this.mvc.get().uri("/admin/uploads").with(user("admin").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("name=\"_snapshot\"");
	}

	@Test
	void aFileSentWithoutTickingSnapshotIsUploaded() throws Exception {
		Path file = this.dir.resolve("count.csv");
		CountFixture.export().build().writeCsv(file);
		MockMultipartFile part = new MockMultipartFile("file", "count.csv", "text/csv", Files.readAllBytes(file));

		assertThat(this.mvc.post()
			.uri("/admin/uploads")
			.multipart()
			.file(part)
			.param("_snapshot", "on")
			.with(user("admin").roles("ADMIN"))
			.with(csrf().asHeader())).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/admin/uploads/");
		assertThat(this.jdbc.sql("SELECT snapshot FROM upload").query(Boolean.class).single()).isFalse();
	}
}
