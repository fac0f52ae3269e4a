package org.electionresults.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;

import org.awaitility.Awaitility;
import org.electionresults.election.Ballot;
import org.electionresults.ingest.SyntheticExport;
import org.electionresults.system.SnapshotReader;
import org.electionresults.system.database.EmbeddedDatabaseAutoConfiguration.EmbeddedConnectionDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application with a real PostgreSQL streaming replica ({@link StreamingReplica}): public reads
 * are answered by the replica (the server says so: {@code pg_is_in_recovery()}), a lagging replica
 * shows an older whole state labelled with its own version, the primary stopped leaves the public
 * site up and uploads refused with 503, the replica stopped sends reads to the primary while health
 * shows {@code readReplica} DOWN and stays UP. With the page cache on, as in production.
 */
@SpringBootTest(properties = { "elections.cache.enabled=true", "elections.read-datasource.check-interval=200ms",
		"elections.read-datasource.connection-timeout=500ms", "elections.read-datasource.username=postgres",
		"spring.datasource.hikari.connection-timeout=1500" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class ReadReplicaTests {

	private static final String API = "/api/results/president";

	private static final int PRIMARY_PORT = StreamingReplica.freePort();

	private static final int STANDBY_PORT = StreamingReplica.freePort();

	@DynamicPropertySource
	static void readReplica(DynamicPropertyRegistry properties) {
		properties.add("elections.read-datasource.url", () -> StreamingReplica.url(STANDBY_PORT));
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StreamingReplica servers;

	@Autowired
	SnapshotReader reads;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	UserDetailsService accounts;

	@TempDir
	Path dir;

	@Test
	void readOnlyTransactionsAreAnsweredByTheReplicaAndEverythingElseByThePrimary() {
		assertThat(this.reads.snapshot(this::inRecovery).value()).as("snapshot read").isTrue();
		Boolean readWrite = new TransactionTemplate(this.transactionManager).execute((status) -> inRecovery());
		assertThat(readWrite)
			.as("read-write transaction")
			.isFalse();
		assertThat(inRecovery()).as("no transaction").isFalse();
	}

	@Test
	void anUploadOnThePrimaryIsServedFromTheReplicaOnceItHasIt() throws Exception {
		this.servers.awaitReplayed();
		long before = this.servers.primaryDataVersion();
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.mvc.get().uri(API)).hasHeader("ETag", etag(before)));
		String shownBefore = body(this.mvc.get().uri(API).exchange());
		long emittedBefore = emitted(shownBefore);
		Map<Ballot, SyntheticExport.Totals> totals;
		this.servers.pauseReplay();
		try {
			totals = upload("lagging.csv", 0);
			assertThat(this.servers.primaryDataVersion()).isEqualTo(before + 1);

			// The replica lags: pages and API show the whole state before the upload, named by its version.
			assertThat(this.mvc.get().uri(API)).hasStatusOk().hasHeader("ETag", etag(before));
			assertThat(body(this.mvc.get().uri(API).exchange())).isEqualTo(shownBefore);
			assertThat(this.mvc.get().uri("/")).hasStatusOk().hasHeader("ETag", etag(before));

			// The admin pages and API read the primary: the upload is listed there already.
			assertThat(this.mvc.get().uri("/api/admin/uploads").with(admin())).hasStatusOk()
				.bodyText()
				.contains("lagging.csv");
			assertThat(this.mvc.get().uri("/admin/uploads").with(user("admin").roles("ADMIN"))).hasStatusOk()
				.bodyText()
				.contains("lagging.csv");

			// Signing in reads the primary: an account the replica does not have yet is found.
			this.jdbc.sql("INSERT INTO app_user (username, password_hash, role) VALUES ('late', '{noop}x', 'ADMIN')")
				.update();
			assertThat(this.accounts.loadUserByUsername("late").getUsername()).isEqualTo("late");
		}
		finally {
			this.servers.resumeReplay();
		}
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.mvc.get().uri(API)).hasStatusOk().hasHeader("ETag", etag(before + 1)));
		assertThat(emitted(body(this.mvc.get().uri(API).exchange())))
			.isEqualTo(emittedBefore + totals.get(Ballot.PRESIDENT).emitted());
		assertThat(this.mvc.get().uri("/")).hasStatusOk().hasHeader("ETag", etag(before + 1));
		this.jdbc.sql("DELETE FROM app_user WHERE username = 'late'").update();
	}

	@Test
	void withThePrimaryStoppedPublicPagesAnswerFromTheReplicaAndUploadsAre503() throws Exception {
		upload("before-outage.csv", 1);
		this.servers.awaitReplayed();
		long version = this.servers.primaryDataVersion();
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.mvc.get().uri(API)).hasHeader("ETag", etag(version)));
		String api = body(this.mvc.get().uri(API).exchange());
		long uploads = this.servers.primaryCount("SELECT count(*) FROM upload");
		long tallies = this.servers.primaryCount("SELECT count(*) FROM tally");
		MockMultipartFile file = file("during-outage.csv", 2);

		this.servers.stopPrimary();
		try {
			assertThat(this.mvc.get().uri(API)).hasStatusOk().hasHeader("ETag", etag(version));
			assertThat(body(this.mvc.get().uri(API).exchange())).isEqualTo(api);
			assertThat(this.mvc.get().uri("/").accept("text/html")).hasStatusOk();
			assertThat(this.mvc.get().uri("/departments").accept("text/html")).hasStatusOk();
			assertThat(this.mvc.post().uri("/api/admin/uploads").multipart().file(file).with(admin()))
				.hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
			// Only the replica is left out of the overall status: the primary down is DOWN.
			assertThat(this.mvc.get().uri("/actuator/health")).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
				.bodyText()
				.isEqualTo("{\"status\":\"DOWN\"}");
		}
		finally {
			this.servers.startPrimary();
		}
		assertThat(this.servers.primaryCount("SELECT count(*) FROM upload")).isEqualTo(uploads);
		assertThat(this.servers.primaryCount("SELECT count(*) FROM tally")).isEqualTo(tallies);
		assertThat(this.servers.primaryDataVersion()).isEqualTo(version);
		// Back: the same file now lands.
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					this.mvc.post().uri("/api/admin/uploads").multipart().file(file).with(admin()))
				.hasStatus(HttpStatus.CREATED));
	}

	@Test
	void withTheReplicaStoppedReadsFallBackToThePrimaryAndHealthSaysSo() throws Exception {
		this.servers.awaitReplayed();
		this.servers.stopStandby();
		try {
			// A read that had a replica connection when it stopped fails like any lost connection; the
			// next ones go to the primary.
			Awaitility.await()
				.atMost(Duration.ofSeconds(5))
				.ignoreExceptions()
				.until(() -> !this.reads.snapshot(this::inRecovery).value());
			// The page cache moves to what the primary shows at the next poll of the version.
			long version = this.servers.primaryDataVersion();
			Awaitility.await()
				.atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(this.mvc.get().uri(API)).hasStatusOk().hasHeader("ETag", etag(version)));
			assertThat(this.mvc.get().uri("/").accept("text/html")).hasStatusOk();
			assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
				.bodyText()
				.isEqualTo("{\"status\":\"UP\"}");
			MvcTestResult health = this.mvc.get().uri("/actuator/health").with(user("admin").roles("ADMIN")).exchange();
			assertThat(health).hasStatusOk();
			assertThat(health).bodyJson().extractingPath("$.status").isEqualTo("UP");
			assertThat(health).bodyJson().extractingPath("$.components.readReplica.status").isEqualTo("DOWN");
			assertThat(health).bodyJson().extractingPath("$.components.db.status").isEqualTo("UP");
		}
		finally {
			this.servers.startStandby();
		}
		Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(this.reads.snapshot(this::inRecovery).value()).isTrue());
		assertThat(this.mvc.get().uri("/actuator/health").with(user("admin").roles("ADMIN"))).bodyJson()
			.extractingPath("$.components.readReplica.status")
			.isEqualTo("UP");
	}

	private Boolean inRecovery() {
		return this.jdbc.sql("SELECT pg_is_in_recovery()").query(Boolean.class).single();
	}

	/** Uploads part {@code part} (of 8) of one election's mesas; returns the file's totals. */
	private Map<Ballot, SyntheticExport.Totals> upload(String name, int part) throws IOException {
		Map<Ballot, SyntheticExport.Totals> totals = part(part).totals();
		assertThat(this.mvc.post().uri("/api/admin/uploads").multipart().file(file(name, part)).with(admin()))
			.hasStatus(HttpStatus.CREATED);
		return totals;
	}

	private MockMultipartFile file(String name, int part) throws IOException {
		Path path = this.dir.resolve(name);
		part(part).writeCsv(path);
		return new MockMultipartFile("file", name, "text/csv", Files.readAllBytes(path));
	}

	private static SyntheticExport part(int part) {
		return SyntheticExport.builder()
			.mesas(400)
			.seed(31)
			.ballots(EnumSet.allOf(Ballot.class))
			.onlyMesas((mesa) -> mesa.index() % 8 == part)
			.build();
	}

	private static long emitted(String json) {
		return JsonMapper.shared().readTree(json).get("emitted").asLong();
	}

	private static String etag(long version) {
		return "W/\"v" + version + "-es\"";
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", "test-admin-password");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Servers {

		@Bean(destroyMethod = "close")
		StreamingReplica streamingReplica() throws IOException, SQLException {
			return new StreamingReplica(PRIMARY_PORT, STANDBY_PORT);
		}

		@Bean
		JdbcConnectionDetails primaryConnectionDetails(StreamingReplica servers) {
			return new EmbeddedConnectionDetails(servers.primaryUrl());
		}

	}

}
