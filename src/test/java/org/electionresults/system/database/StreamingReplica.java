package org.electionresults.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.flywaydb.core.Flyway;

import org.springframework.util.FileSystemUtils;

/**
 * A real PostgreSQL streaming replica without Docker: two embedded servers, the standby made from the
 * primary by the documented low-level base backup ({@code pg_backup_start}, copy of the data
 * directory, {@code pg_backup_stop}, {@code backup_label}, {@code standby.signal},
 * {@code primary_conninfo}). Both run on fixed ports and data directories, so that either can be
 * stopped and started again. The primary is migrated before the standby is made, so that the
 * standby starts with the schema.
 */
public final class StreamingReplica implements AutoCloseable {

	private static final String SLOT = "standby";

	// What a base backup leaves out (PostgreSQL docs, "Making a Base Backup Using the Low Level API"),
	// plus zonky's lock file.
	private static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");

	private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
			"pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

	private final Path primaryDir;

	private final Path standbyDir;

	private final int primaryPort;

	private final int standbyPort;

	private EmbeddedPostgres primary;

	private EmbeddedPostgres standby;

	public StreamingReplica(int primaryPort, int standbyPort) throws IOException, SQLException {
		this.primaryDir = Files.createTempDirectory("election-results-primary-pg");
		this.standbyDir = Files.createTempDirectory("election-results-standby-pg");
		this.primaryPort = primaryPort;
		this.standbyPort = standbyPort;
		startPrimary();
		Flyway.configure().dataSource(primaryUrl(), "postgres", "").locations("classpath:db/migration").load().migrate();
		baseBackup();
		startStandby();
		awaitReplayed();
	}

	public String primaryUrl() {
		return url(this.primaryPort);
	}

	public String standbyUrl() {
		return url(this.standbyPort);
	}

	public void startPrimary() throws IOException {
		this.primary = EmbeddedPostgres.builder()
			.setDataDirectory(this.primaryDir)
			.setCleanDataDirectory(false)
			.setPort(this.primaryPort)
			.setServerConfig("wal_level", "replica")
			.setServerConfig("max_wal_senders", "4")
			.setServerConfig("wal_keep_size", "256MB")
			.setServerConfig("max_connections", "60")
			.start();
	}

	public void stopPrimary() throws IOException {
		this.primary.close();
	}

	public void startStandby() throws IOException {
		this.standby = EmbeddedPostgres.builder()
			.setDataDirectory(this.standbyDir)
			.setCleanDataDirectory(false)
			.setPort(this.standbyPort)
			.setServerConfig("hot_standby", "on")
			.setServerConfig("max_connections", "60")
			.setServerConfig("wal_retrieve_retry_interval", "200ms")
			.start();
	}

	public void stopStandby() throws IOException {
		this.standby.close();
	}

	/** Stops applying WAL on the standby: it keeps answering, with the state it had, as a lagging replica does. */
	public void pauseReplay() throws SQLException {
		execute(standbyUrl(), "SELECT pg_wal_replay_pause()");
	}

	public void resumeReplay() throws SQLException {
		execute(standbyUrl(), "SELECT pg_wal_replay_resume()");
	}

	/** Waits until the standby has applied everything the primary has written so far. */
	public void awaitReplayed() throws SQLException {
		String written = queryString(primaryUrl(), "SELECT pg_current_wal_lsn()::text");
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.ignoreExceptions()
			.until(() -> "t".equals(queryString(standbyUrl(),
					"SELECT pg_last_wal_replay_lsn() >= '" + written + "'::pg_lsn")));
	}

	public long primaryDataVersion() throws SQLException {
		return Long.parseLong(queryString(primaryUrl(), "SELECT data_version FROM election"));
	}

	public long primaryCount(String sql) throws SQLException {
		return Long.parseLong(queryString(primaryUrl(), sql));
	}

	private void baseBackup() throws IOException, SQLException {
		try (Connection connection = DriverManager.getConnection(primaryUrl(), "postgres", "");
				Statement statement = connection.createStatement()) {
			// A slot keeps the WAL the standby has not received yet, across restarts of either server.
			statement.execute("SELECT pg_create_physical_replication_slot('" + SLOT + "', true)");
			statement.execute("SELECT pg_backup_start('standby', true)");
			copyDataDirectory();
			String label;
			try (ResultSet result = statement.executeQuery("SELECT labelfile FROM pg_backup_stop(true)")) {
				result.next();
				label = result.getString(1);
			}
			Files.writeString(this.standbyDir.resolve("backup_label"), label, StandardCharsets.UTF_8);
		}
		Files.writeString(this.standbyDir.resolve("standby.signal"), "");
		Files.writeString(this.standbyDir.resolve("postgresql.auto.conf"),
				"primary_conninfo = 'host=localhost port=" + this.primaryPort + " user=postgres'\n"
						+ "primary_slot_name = '" + SLOT + "'\n",
				StandardOpenOption.APPEND, StandardOpenOption.CREATE);
	}

	private void copyDataDirectory() throws IOException {
		Files.walkFileTree(this.primaryDir, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
				Path target = StreamingReplica.this.standbyDir.resolve(StreamingReplica.this.primaryDir.relativize(dir));
				if (!dir.equals(StreamingReplica.this.primaryDir)) {
					Files.copy(dir, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
				return EMPTIED.contains(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE
						: FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				if (!NOT_COPIED.contains(file.getFileName().toString())) {
					Path target = StreamingReplica.this.standbyDir
						.resolve(StreamingReplica.this.primaryDir.relativize(file));
					Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) {
				// A file the running primary removed while it was copied (temporary statistics, old WAL).
				return FileVisitResult.CONTINUE;
			}

		});
		Files.createDirectories(this.standbyDir.resolve("pg_wal").resolve("archive_status"));
	}

	@Override
	public void close() throws IOException {
		try {
			closeQuietly(this.standby);
			closeQuietly(this.primary);
		}
		finally {
			FileSystemUtils.deleteRecursively(this.standbyDir);
			FileSystemUtils.deleteRecursively(this.primaryDir);
		}
	}

	private static void closeQuietly(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException | RuntimeException ex) {
			// Already stopped.
		}
	}

	public static String url(int port) {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	private static void execute(String url, String sql) throws SQLException {
		queryString(url, sql);
	}

	private static String queryString(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
