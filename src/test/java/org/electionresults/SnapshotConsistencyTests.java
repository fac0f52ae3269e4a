package org.electionresults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.electionresults.election.Ballot;
import org.electionresults.ingest.UploadService;
import org.electionresults.results.ResultsService;
import org.electionresults.system.Snapshot;
import org.electionresults.system.SnapshotReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every public answer shows one committed state of the count and names it in its ETag, with the
 * page cache off, in both languages, and signed in: readers hammer the overview and the API over
 * real HTTP while uploads commit one after the other, and every answer's figure must equal the
 * committed state of the version it names (or, for a signed-in reader, which gets no ETag, some
 * committed state).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "elections.cache.enabled=false")
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
class SnapshotConsistencyTests {

	private static final Pattern ETAG = Pattern.compile("W/\"v(\\d+)-(es|en)\"");

	private static final Pattern VALID_ES = Pattern.compile("sobre los ([\\d.]+) votos válidos");

	private static final Pattern VALID_EN = Pattern.compile("of the ([\\d,]+) valid votes");

	private static final Pattern VALID_JSON = Pattern.compile("\"valid\":(\\d+)");

	private static final int UPLOADS = 16;

	@LocalServerPort
	int port;

	@Autowired
	UploadService uploads;

	@Autowired
	ResultsService results;

	@Autowired
	SnapshotReader reads;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	/** Committed states: data version → national valid presidential votes. */
	private final Map<Long, Long> committed = new ConcurrentHashMap<>();

	private final List<Observation> observations = java.util.Collections.synchronizedList(new ArrayList<>());

	@Test
	void everyAnswerShowsTheCommittedStateItsEtagNames() throws Exception {
		TallyDatabase.reset(this.jdbc);
		CountFixture.upload(this.uploads, this.dir, "count-1.csv", CountFixture.export().firstMesas(18).build());
		recordState();
		HttpClient admin = signedIn();
		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> readers = new ArrayList<>();
			readers.add(pool.submit(() -> readWhile(writing, HttpClient.newHttpClient(), "/api/results/president",
					VALID_JSON, true)));
			readers.add(pool.submit(() -> readWhile(writing, HttpClient.newHttpClient(), "/", VALID_ES, true)));
			readers.add(pool.submit(() -> readWhile(writing, HttpClient.newHttpClient(), "/?lang=en", VALID_EN, true)));
			readers.add(pool.submit(() -> readWhile(writing, admin, "/", VALID_ES, false)));
			for (int upload = 2; upload <= UPLOADS; upload++) {
				CountFixture.upload(this.uploads, this.dir, "count-" + upload + ".csv",
						CountFixture.export().firstMesas(18 * upload).build());
				recordState();
			}
			writing.set(false);
			for (Future<?> reader : readers) {
				reader.get();
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(this.committed).hasSize(UPLOADS);
		assertThat(this.observations).as("answers read while uploads committed").hasSizeGreaterThan(4 * UPLOADS);
		for (Observation seen : this.observations) {
			if (seen.version().isPresent()) {
				assertThat(this.committed).as("%s answered v%s", seen.path(), seen.version().get())
					.containsEntry(seen.version().get(), seen.valid());
			}
			else {
				assertThat(this.committed).as("%s (signed in)", seen.path()).containsValue(seen.valid());
			}
		}
		assertThat(this.observations.stream().map(Observation::valid).distinct().count())
			.as("the readers saw the count move").isGreaterThan(2);
	}

	private void recordState() {
		Snapshot<Long> state = this.reads.snapshot(() -> this.results.national(Ballot.PRESIDENT).valid());
		this.committed.put(state.version().dataVersion(), state.value());
	}

	private Void readWhile(AtomicBoolean writing, HttpClient client, String path, Pattern figure, boolean expectEtag)
			throws IOException, InterruptedException {
		boolean last = false;
		while (!last) {
			last = !writing.get();
			HttpResponse<String> response = client.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			Matcher valid = figure.matcher(response.body());
			assertThat(valid.find()).as("figure on %s", path).isTrue();
			Optional<Long> version = response.headers().firstValue("ETag").map((etag) -> {
				Matcher matcher = ETAG.matcher(etag);
				assertThat(matcher.matches()).as(etag).isTrue();
				return Long.parseLong(matcher.group(1));
			});
			assertThat(version.isPresent()).as("%s has an ETag exactly when public", path).isEqualTo(expectEtag);
			this.observations.add(new Observation(path, version, Long.parseLong(valid.group(1).replaceAll("[.,]", ""))));
		}
		return null;
	}

	private HttpClient signedIn() throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
		assertThat(csrf.find()).isTrue();
		String form = "username=admin&password=test-admin-password&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signIn = client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return client;
	}

	private record Observation(String path, Optional<Long> version, long valid) {

	}

}
