package org.electionresults.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.electionresults.election.Ballot;
import org.electionresults.ingest.SyntheticExport;
import org.electionresults.system.database.EmbeddedDatabaseAutoConfiguration.EmbeddedConnectionDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.FileSystemUtils;

/**
 * PostgreSQL stopped while the application runs: health says DOWN, pages and API answer 503 without
 * a stack trace, an upload fails cleanly; once PostgreSQL is back the application recovers without
 * a restart and a retried upload lands once. Uses its own embedded server, which it can stop.
 */
@SpringBootTest(properties = "spring.datasource.hikari.connection-timeout=1500")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DatabaseOutageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RestartablePostgres postgres;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@Test
	void theApplicationDegradesCleanlyAndRecovers() throws Exception {
		MockMultipartFile file = tallyFile();
		assertThat(this.mvc.get().uri("/")).hasStatusOk();

		this.postgres.stop();
		try {
			assertThat(this.mvc.get().uri("/actuator/health")).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
				.bodyText()
				.isEqualTo("{\"status\":\"DOWN\"}");
			assertThat(this.mvc.get().uri("/").accept("text/html")).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
				.bodyText()
				.contains("Servicio no disponible")
				.doesNotContain("Exception", "at org.");
			assertThat(this.mvc.get().uri("/api/results/president")).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
				.bodyJson()
				.extractingPath("$.status")
				.isEqualTo(503);
			assertThat(this.mvc.post().uri("/api/admin/uploads").multipart().file(file).with(admin()))
				.hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
		}
		finally {
			this.postgres.start();
		}

		// The pool reconnects by itself within seconds; no restart of the application.
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk());
		assertThat(this.mvc.get().uri("/")).hasStatusOk();
		assertThat(this.mvc.post().uri("/api/admin/uploads").multipart().file(file).with(admin()))
			.hasStatus(HttpStatus.CREATED);
		assertThat(this.mvc.post().uri("/api/admin/uploads").multipart().file(file).with(admin()))
			.hasStatus(HttpStatus.OK)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("DUPLICATE");
		assertThat(this.jdbc.sql("SELECT count(*) FROM upload WHERE status = 'COMMITTED'").query(Long.class).single())
			.isEqualTo(1);
	}

	private MockMultipartFile tallyFile() throws IOException {
		Path path = this.dir.resolve("outage.csv");
		SyntheticExport.builder().mesas(50).seed(9).ballots(EnumSet.allOf(Ballot.class)).build().writeCsv(path);
		return new MockMultipartFile("file", "outage.csv", "text/csv", Files.readAllBytes(path));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", "test-admin-password");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Database {

		@Bean(destroyMethod = "close")
		RestartablePostgres restartablePostgres() throws IOException {
			return new RestartablePostgres();
		}

		@Bean
		JdbcConnectionDetails restartableConnectionDetails(RestartablePostgres postgres) {
			String url = "jdbc:postgresql://localhost:" + postgres.port + "/postgres";
			return new EmbeddedConnectionDetails(url);
		}

	}

	/** An embedded PostgreSQL on a fixed port and data directory, so it can be stopped and started. */
	static final class RestartablePostgres implements AutoCloseable {

		final Path dataDir;

		final int port;

		private EmbeddedPostgres server;

		RestartablePostgres() throws IOException {
			this.dataDir = Files.createTempDirectory("election-results-outage-pg");
			try (ServerSocket socket = new ServerSocket(0)) {
				this.port = socket.getLocalPort();
			}
			start();
		}

		void start() throws IOException {
			this.server = EmbeddedPostgres.builder()
				.setDataDirectory(this.dataDir)
				.setCleanDataDirectory(false)
				.setPort(this.port)
				.start();
		}

		void stop() throws IOException {
			this.server.close();
		}

		@Override
		public void close() throws IOException {
			this.server.close();
			FileSystemUtils.deleteRecursively(this.dataDir);
		}

	}

}
