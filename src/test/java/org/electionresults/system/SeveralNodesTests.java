package org.electionresults.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.electionresults.ElectionResultsApplication;
import org.electionresults.election.Ballot;
import org.electionresults.ingest.SyntheticExport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Two application nodes, each a whole application with its own web server, page cache and data
 * version poll, on one PostgreSQL: what one node commits the other serves within two seconds, two
 * uploads sent to the two nodes at once end in the state of the same uploads one after the other,
 * and an upload running on one node can be followed, stage by stage, through the other.
 */
class SeveralNodesTests {

	private static final String PASSWORD = "nodes-test-password";

	private static final String API = "/api/results/president";

	private static Path dataDir;

	private static EmbeddedPostgres database;

	private static Node a;

	private static Node b;

	private static JdbcClient jdbc;

	@TempDir
	Path dir;

	@BeforeAll
	static void start() throws IOException {
		dataDir = Files.createTempDirectory("election-results-nodes-pg");
		database = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(true)
			.setServerConfig("max_connections", "60")
			.start();
		a = Node.start(database.getJdbcUrl("postgres", "postgres"));
		b = Node.start(database.getJdbcUrl("postgres", "postgres"));
		jdbc = a.context.getBean(JdbcClient.class);
	}

	@AfterAll
	static void stop() throws IOException {
		if (b != null) {
			b.context.close();
		}
		if (a != null) {
			a.context.close();
		}
		database.close();
		FileSystemUtils.deleteRecursively(dataDir);
	}

	@BeforeEach
	void emptyCount() {
		// The version moves on rather than back to 0, so that no node's cache can take the empty
		// count for a version it has already seen.
		jdbc.sql("TRUNCATE review_flag, count_point, area_total, tally, mesa, upload_file, upload, publication, mesa_history")
			.update();
		jdbc.sql("SELECT publication_zero(id) FROM election").query((rs, row) -> 0).list();
		jdbc.sql("UPDATE election SET data_version = data_version + 1, updated_at = now()").update();
	}

	@Test
	void anUploadThroughOneNodeIsOnTheOtherNodesPagesAndApiWithinTwoSeconds() throws Exception {
		long version = jdbc.sql("SELECT data_version FROM election").query(Long.class).single();
		// Node B has rendered and cached its pages of the current version (the first render of a page
		// after a start takes seconds on a busy machine).
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> etag(b.get(API)).equals(etag(version)) && etag(b.get("/")).equals(etag(version)));
		Path file = write("first.csv", (mesa) -> mesa.index() % 3 == 0, false);
		long emitted = part((mesa) -> mesa.index() % 3 == 0, false).totals().get(Ballot.PRESIDENT).emitted();

		assertThat(a.upload(file).join().statusCode()).isEqualTo(201);

		Awaitility.await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
			HttpResponse<String> api = b.get(API);
			assertThat(etag(api)).isEqualTo(etag(version + 1));
			assertThat(JsonMapper.shared().readTree(api.body()).get("emitted").asLong()).isEqualTo(emitted);
			assertThat(etag(b.get("/"))).isEqualTo(etag(version + 1));
		});
	}

	@Test
	void twoUploadsAtOnceOnTwoNodesEndAsTheSameUploadsOneAfterTheOther() throws Exception {
		// Overlapping files: mesas with index % 4 == 1 are in both, with other numbers in the second,
		// so the end state depends on which commits last, and is compared with that order replayed.
		Path first = write("first.csv", (mesa) -> mesa.index() % 4 <= 1, false);
		Path second = write("second.csv", (mesa) -> mesa.index() % 4 == 1 || mesa.index() % 4 == 2, true);

		CompletableFuture<HttpResponse<String>> throughA = a.upload(first);
		CompletableFuture<HttpResponse<String>> throughB = b.upload(second);
		assertThat(throughA.join().statusCode()).isEqualTo(201);
		assertThat(throughB.join().statusCode()).isEqualTo(201);
		List<String> order = jdbc.sql("SELECT file_name FROM upload WHERE status = 'COMMITTED' ORDER BY data_version")
			.query(String.class)
			.list();
		assertThat(order).containsExactlyInAnyOrder("first.csv", "second.csv");
		String atOnce = countState();
		JsonNode atOnceApi = shownByBoth();

		emptyCount();
		for (String name : order) {
			assertThat(a.upload(this.dir.resolve(name)).join().statusCode()).isEqualTo(201);
		}
		assertThat(countState()).isEqualTo(atOnce);
		assertThat(shownByBoth()).isEqualTo(atOnceApi);
	}

	@Test
	void anUploadRunningOnOneNodeIsFollowedThroughTheOther() throws Exception {
		Path file = write("followed.csv", (mesa) -> true, false);

		HttpResponse<String> accepted = a.upload(file, "respond-async").join();
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String location = accepted.headers().firstValue("Location").orElseThrow();

		// Asked through node B, which does not run it: its stages while it runs, then its report.
		List<String> seen = new ArrayList<>();
		JsonNode done = Awaitility.await()
			.atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(10))
			.until(() -> {
				HttpResponse<String> answer = b.getAsAdmin(location);
				assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
				JsonNode json = JsonMapper.shared().readTree(answer.body());
				String stage = json.get("progress").get("stage").asString();
				if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(stage)) {
					seen.add(stage);
				}
				return json;
			}, (json) -> !"RUNNING".equals(json.get("status").asString()));

		assertThat(done.get("status").asString()).isEqualTo("COMMITTED");
		List<String> stages = new ArrayList<>();
		done.get("progress").get("stages").forEach((stage) -> stages.add(stage.get("stage").asString()));
		assertThat(stages).containsExactly("READING", "STAGING", "MERGING", "AGGREGATES", "COMMITTING", "DONE");
		assertThat(stages).containsSubsequence(seen);
		assertThat(seen).endsWith("DONE");
	}

	/** The count as the database holds it: every aggregate and every current acta. */
	private static String countState() {
		String totals = jdbc.sql("""
				SELECT string_agg(concat_ws('|', ballot, level, area, parent_level, parent_area, name, mesas, registered,
				                            emitted, valid, blank, null_votes, votes), E'\\n' ORDER BY ballot, level, area)
				FROM area_total""").query(String.class).single();
		String actas = jdbc.sql("""
				SELECT string_agg(concat_ws('|', mesa_code, ballot, registered, votes, valid, blank, null_votes, emitted),
				                  E'\\n' ORDER BY mesa_code, ballot)
				FROM tally WHERE status = 'CURRENT'""").query(String.class).single();
		return totals + "\n--\n" + actas;
	}

	/** The national result as both nodes' API shows it once they have the last version, without its time. */
	private static JsonNode shownByBoth() throws IOException, InterruptedException {
		long version = jdbc.sql("SELECT data_version FROM election").query(Long.class).single();
		Awaitility.await()
			.atMost(Duration.ofSeconds(2))
			.until(() -> etag(a.get(API)).equals(etag(version)) && etag(b.get(API)).equals(etag(version)));
		JsonNode shownByA = withoutTime(a.get(API).body());
		assertThat(withoutTime(b.get(API).body())).isEqualTo(shownByA);
		return shownByA;
	}

	private static JsonNode withoutTime(String json) {
		JsonNode node = JsonMapper.shared().readTree(json);
		((ObjectNode) node.get("progress")).remove("updatedAt");
		return node;
	}

	private Path write(String name, Predicate<SyntheticExport.Mesa> mesas, boolean corrected) throws IOException {
		Path path = this.dir.resolve(name);
		part(mesas, corrected).writeCsv(path);
		return path;
	}

	private static SyntheticExport part(Predicate<SyntheticExport.Mesa> mesas, boolean corrected) {
		SyntheticExport.Builder builder = SyntheticExport.builder()
			.mesas(400)
			.seed(41)
			.ballots(EnumSet.allOf(Ballot.class))
			.onlyMesas(mesas);
		if (corrected) {
			builder.correct((mesa) -> mesa.index() % 4 == 1, 1);
		}
		return builder.build();
	}

	private static String etag(HttpResponse<String> response) {
		return response.headers().firstValue("ETag").orElse("");
	}

	private static String etag(long version) {
		return "W/\"v" + version + "-es\"";
	}

	/** One application node: its context and its HTTP port. */
	private record Node(ConfigurableApplicationContext context, int port, HttpClient client) {

		static Node start(String databaseUrl) {
			ConfigurableApplicationContext context = new SpringApplicationBuilder(ElectionResultsApplication.class)
				.properties(Map.of("spring.datasource.url", databaseUrl, "spring.datasource.username", "postgres",
						"spring.datasource.password", "", "server.port", "0", "elections.admin.username", "admin",
						"elections.admin.password", PASSWORD, "elections.cache.enabled", "true",
						"spring.main.banner-mode", "off"))
				.run();
			int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
			return new Node(context, port, HttpClient.newHttpClient());
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> getAsAdmin(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic()).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		CompletableFuture<HttpResponse<String>> upload(Path file) throws IOException {
			return upload(file, null);
		}

		/** Uploads a file through the API, with a {@code Prefer} header when {@code prefer} is given. */
		CompletableFuture<HttpResponse<String>> upload(Path file, String prefer) throws IOException {
			String boundary = "----nodes-test";
			byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8);
			byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
			HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/admin/uploads"))
				.header("Authorization", basic())
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
						HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)));
			if (prefer != null) {
				request.header("Prefer", prefer);
			}
			return this.client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		private static String basic() {
			return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + this.port + path);
		}

	}

}
