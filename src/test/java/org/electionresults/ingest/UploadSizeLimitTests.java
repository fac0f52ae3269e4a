package org.electionresults.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.electionresults.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * A file over the configured limit gets a 413, as JSON for the API, and is not read at all:
 * nothing is written, not even an upload record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.servlet.multipart.max-file-size=20KB", "spring.servlet.multipart.max-request-size=20KB" })
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
class UploadSizeLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@Test
	void theApiAnswers413WithJsonAndWritesNothing() throws Exception {
		CountSnapshot before = CountSnapshot.of(this.jdbc);
		long uploadsBefore = uploads();

		ResponseEntity<String> response = client().post()
			.uri("/api/admin/uploads")
			.headers((headers) -> headers.setBasicAuth("admin", "test-admin-password"))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.accept(MediaType.APPLICATION_JSON)
			.body(tooLarge())
			.exchange((request, reply) -> ResponseEntity.status(reply.getStatusCode())
				.headers(reply.getHeaders())
				.body(new String(reply.getBody().readAllBytes())));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(response.getHeaders().getContentType()).isNotNull();
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(response.getBody()).contains("\"status\":413");
		assertThat(CountSnapshot.of(this.jdbc)).isEqualTo(before);
		assertThat(uploads()).isEqualTo(uploadsBefore);
	}

	private long uploads() {
		return this.jdbc.sql("SELECT count(*) FROM upload").query(Long.class).single();
	}

	@Test
	void theFormAnswers413WithAFriendlyPage() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://localhost:" + this.port;
		String loginCsrf = csrfToken(browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=admin&password=test-admin-password&_csrf=" + loginCsrf))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		String formCsrf = csrfToken(browser.send(HttpRequest.newBuilder(URI.create(base + "/admin/uploads")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
		String boundary = "----electionresults";
		byte[] body = multipart(boundary, formCsrf, new byte[64 * 1024]);
		HttpResponse<String> upload = browser.send(HttpRequest.newBuilder(URI.create(base + "/admin/uploads?_csrf=" + formCsrf))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(upload.statusCode()).isEqualTo(413);
		assertThat(upload.body()).contains("Archivo demasiado grande").doesNotContain("Exception");
	}

	private static String csrfToken(String page) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(page);
		assertThat(matcher.find()).as("CSRF token in the page").isTrue();
		return matcher.group(1);
	}

	private static byte[] multipart(String boundary, String csrf, byte[] content) throws java.io.IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n";
		out.write(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		out.write(content);
		out.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private RestClient client() {
		return RestClient.builder().baseUrl("http://localhost:" + this.port).build();
	}

	/** A valid export, so that only its size can refuse it. */
	private MultiValueMap<String, Object> tooLarge() throws Exception {
		Path file = this.dir.resolve("big.csv");
		SyntheticExport.builder().mesas(100).seed(3).build().writeCsv(file);
		assertThat(Files.size(file)).isGreaterThan(20 * 1024);
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new FileSystemResource(file));
		return parts;
	}

}
