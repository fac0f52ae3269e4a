package org.electionresults.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.electionresults.ElectionResultsApplication;
import org.electionresults.election.Ballot;
import org.electionresults.ingest.SyntheticExport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM killed with SIGKILL in the middle of a large upload: after a restart the database holds
 * none of the file (the transaction never committed), the totals are consistent, and the same file
 * uploaded again lands once. The application runs in a child JVM on its embedded PostgreSQL, as
 * {@code java -jar} would run it.
 */
class KillDuringUploadTests {

	private static final Pattern DATABASE_PORT = Pattern.compile("embedded PostgreSQL on port (\\d+)");

	private static final String PASSWORD = "kill-test-password";

	@TempDir
	Path dir;

	private final List<Process> started = new ArrayList<>();

	@AfterEach
	void stopApplications() throws InterruptedException {
		for (Process process : this.started) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	@Test
	void aKilledUploadLeavesNothingAndLandsWhenRetried() throws Exception {
		Path file = this.dir.resolve("national.csv");
		Map<Ballot, SyntheticExport.Totals> totals = SyntheticExport.builder()
			.scale(1.5)
			.seed(5)
			.ballots(EnumSet.allOf(Ballot.class))
			.build()
			.writeCsv(file);
		long rows = totals.values().stream().mapToLong(SyntheticExport.Totals::rows).sum();
		Path data = this.dir.resolve("data");

		Application first = start(data, "first.log");
		CompletableFuture<HttpResponse<String>> upload = first.upload(file);
		// Kill once the upload's transaction is writing: its rows are being copied or merged.
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> first.uploadInProgress() || upload.isDone());
		assertThat(upload.isDone()).as("the upload was still running when killed").isFalse();
		first.process().destroyForcibly().waitFor();

		Application second = start(data, "second.log");
		assertThat(second.count("SELECT count(*) FROM tally")).isZero();
		assertThat(second.count("SELECT count(*) FROM upload")).isZero();
		assertThat(second.count("SELECT count(*) FROM area_total")).isZero();
		assertThat(second.count("SELECT data_version FROM election")).isZero();

		HttpResponse<String> retried = second.upload(file).get(120, TimeUnit.SECONDS);
		assertThat(retried.statusCode()).isEqualTo(201);
		assertThat(second.count("SELECT count(*) FROM tally WHERE status = 'CURRENT'")).isEqualTo(rows);
		assertThat(second.count("SELECT sum(mesas) FROM area_total WHERE level = 'NATIONAL'")).isEqualTo(rows);
		assertThat(second.upload(file).get(120, TimeUnit.SECONDS).body()).contains("\"status\":\"DUPLICATE\"");
	}

	private Application start(Path data, String logName) throws IOException {
		int port = freePort();
		Path log = this.dir.resolve(logName);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				ElectionResultsApplication.class.getName(), "--server.port=" + port, "--elections.data-dir=" + data,
				"--elections.admin.username=admin", "--elections.admin.password=" + PASSWORD)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		this.started.add(process);
		HttpClient client = HttpClient.newHttpClient();
		Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
			assertThat(process.isAlive()).as("application running, see " + log).isTrue();
			return client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString())
				.statusCode() == 200;
		});
		Matcher matcher = DATABASE_PORT.matcher(Files.readString(log));
		assertThat(matcher.find()).as("database port in " + log).isTrue();
		return new Application(process, port, Integer.parseInt(matcher.group(1)), client);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	record Application(Process process, int port, int databasePort, HttpClient client) {

		CompletableFuture<HttpResponse<String>> upload(Path file) throws IOException {
			String boundary = "----kill-test";
			byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8);
			byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
			String credentials = Base64.getEncoder()
				.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/admin/uploads"))
				.header("Authorization", "Basic " + credentials)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
						HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
				.build();
			return this.client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
		}

		boolean uploadInProgress() throws SQLException {
			return count("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND (query LIKE 'COPY staging_tally%'"
					+ " OR query LIKE '%tally_change%' OR query LIKE '%area_total%')") > 0;
		}

		long count(String sql) throws SQLException {
			try (Connection connection = DriverManager
				.getConnection("jdbc:postgresql://localhost:" + this.databasePort + "/postgres", "postgres", "");
					Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery(sql)) {
				result.next();
				return result.getLong(1);
			}
		}

	}

}
