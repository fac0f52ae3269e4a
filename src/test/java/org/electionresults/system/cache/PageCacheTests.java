package org.electionresults.system.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.jayway.jsonpath.JsonPath;
import org.electionresults.TestDatabaseConfiguration;
import org.electionresults.election.Ballot;
import org.electionresults.ingest.SyntheticExport;
import org.electionresults.ingest.UploadFiles;
import org.electionresults.ingest.UploadService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Public responses are served from memory until an upload commits, then rendered anew; sessions and
 * administrators always get a fresh render. Over real HTTP, so that what the servlet container adds
 * to a response (Content-Language, Content-Type) is compared too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "elections.cache.enabled=true")
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
class PageCacheTests {

	private static final String NATIONAL = "/api/results/president";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	UploadService uploads;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@Test
	void aResponseIsReusedUntilTheNextCommit() throws Exception {
		Map<Ballot, SyntheticExport.Totals> first = upload("first.csv", 0);
		HttpResponse<String> rendered = get(NATIONAL);
		String etag = rendered.headers().firstValue("ETag").orElseThrow();
		assertThat(emitted(rendered)).isEqualTo(first.get(Ballot.PRESIDENT).emitted());

		// A change behind the application's back, without a new data version, is not seen: the
		// response comes from memory.
		tamper(1000);
		HttpResponse<String> cached = get(NATIONAL);
		assertThat(cached.body()).isEqualTo(rendered.body());
		assertThat(headers(cached)).isEqualTo(headers(rendered));
		HttpResponse<String> notModified = get(NATIONAL, "If-None-Match", etag);
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
		assertThat(notModified.headers().firstValue("ETag")).contains(etag);
		assertThat(notModified.headers().firstValue("Last-Modified")).isEqualTo(rendered.headers().firstValue("Last-Modified"));
		assertThat(notModified.headers().firstValue("Content-Security-Policy")).isEmpty();
		assertThat(notModified.headers().firstValue("Cache-Control")).contains("public, max-age=5, stale-while-revalidate=30");

		// A request with a session is rendered fresh and sees the tampered figure.
		assertThat(emitted(get(NATIONAL, "Cookie", "JSESSIONID=some-session")))
			.isEqualTo(first.get(Ballot.PRESIDENT).emitted() + 1000);
		tamper(-1000);

		// A committed upload makes the next response a fresh render of the new totals.
		Map<Ballot, SyntheticExport.Totals> second = upload("second.csv", 1);
		HttpResponse<String> after = get(NATIONAL);
		assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
		assertThat(emitted(after))
			.isEqualTo(first.get(Ballot.PRESIDENT).emitted() + second.get(Ballot.PRESIDENT).emitted());
	}

	@Test
	void conditionalRequestsGetTheSameAnswerFromMemoryAsFromARender() throws Exception {
		upload("first.csv", 0);
		HttpResponse<String> rendered = get(NATIONAL);
		String etag = rendered.headers().firstValue("ETag").orElseThrow();
		String lastModified = rendered.headers().firstValue("Last-Modified").orElseThrow();
		String[][] conditions = { { "If-None-Match", etag }, { "If-None-Match", "W/\"v0-es\", " + etag },
				{ "If-Modified-Since", lastModified }, { "If-None-Match", "*" }, { "If-None-Match", "W/\"v0-es\"" },
				{ "If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT" } };
		int[] expected = { 304, 304, 304, 200, 200, 200 };
		for (int i = 0; i < conditions.length; i++) {
			String[] condition = conditions[i];
			// With a session the cache is bypassed: the answer is rendered. Without, it comes from memory.
			assertThat(get(NATIONAL, "Cookie", "JSESSIONID=x", condition[0], condition[1]).statusCode())
				.as("rendered, %s: %s", (Object[]) condition)
				.isEqualTo(expected[i]);
			assertThat(get(NATIONAL, condition).statusCode()).as("from memory, %s: %s", (Object[]) condition)
				.isEqualTo(expected[i]);
		}
	}

	@Test
	void aPageFromMemoryHasTheHeadersOfItsRender() throws Exception {
		upload("first.csv", 0);
		for (String language : new String[] { "es", "en" }) {
			HttpResponse<String> rendered = get("/", "Cookie", "lang=" + language);
			HttpResponse<String> cached = get("/", "Cookie", "lang=" + language);

			assertThat(rendered.statusCode()).isEqualTo(200);
			assertThat(rendered.headers().firstValue("Content-Language")).contains(language);
			assertThat(headers(cached)).as(language).isEqualTo(headers(rendered));
			assertThat(cached.body()).isEqualTo(rendered.body());
		}
	}

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The response's headers but its date, which moves with the clock. */
	private static Map<String, List<String>> headers(HttpResponse<String> response) {
		Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
		headers.remove("date");
		return headers;
	}

	private static long emitted(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return JsonPath.<Number>read(response.body(), "$.emitted").longValue();
	}

	private void tamper(int votes) {
		this.jdbc.sql("UPDATE area_total SET emitted = emitted + ? WHERE level = 'NATIONAL' AND ballot = 'PRESIDENT'")
			.param(votes)
			.update();
	}

	private Map<Ballot, SyntheticExport.Totals> upload(String name, int part) {
		SyntheticExport export = SyntheticExport.builder()
			.mesas(200)
			.seed(31)
			.ballots(EnumSet.allOf(Ballot.class))
			.onlyMesas((mesa) -> mesa.index() % 2 == part)
			.build();
		UploadFiles.Written file = UploadFiles.write(this.dir, name, export);
		this.uploads.ingest(UploadFiles.attempt(file.file(), false));
		return file.totals();
	}

}
