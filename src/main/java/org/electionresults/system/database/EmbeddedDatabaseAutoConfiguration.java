package org.electionresults.system.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * Starts a real PostgreSQL from the application jar when no {@code spring.datasource.url} is set, so
 * that one command runs the application on a fresh machine. Its data lives in
 * {@code elections.data-dir} and survives restarts. Boot then builds the pool, Flyway and JPA on top
 * of the connection details as it would for any server.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDatasourceUrlCondition.class)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
public class EmbeddedDatabaseAutoConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(Environment environment) throws IOException {
		Path dataDir = Path.of(environment.getProperty("elections.data-dir", "./data")).toAbsolutePath().normalize();
		Path pgData = dataDir.resolve("postgres");
		Files.createDirectories(pgData);
		StalePostmaster.stopIfRunning(pgData);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setServerConfig("max_connections", "60")
			// zonky turns these off for throw-away test servers; this one keeps election data.
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			// A national upload writes ~90 MB of WAL in one transaction; with the default (4 MB at 128 MB
			// of shared buffers) the upload waits on WAL writes of its own (docs/performance.md).
			.setServerConfig("wal_buffers", "32MB")
			.start();
		logger.info("Database: embedded PostgreSQL on port {} with data in {}", postgres.getPort(), pgData);
		return postgres;
	}

	@Bean
	JdbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres postgres) {
		return new EmbeddedConnectionDetails(postgres.getJdbcUrl("postgres", "postgres"));
	}

	/**
	 * The connection to an embedded server: user {@code postgres}, no password.
	 *
	 * @param getJdbcUrl the server's JDBC URL
	 */
	public record EmbeddedConnectionDetails(String getJdbcUrl) implements JdbcConnectionDetails {

		@Override
		public String getUsername() {
			return "postgres";
		}

		@Override
		public String getPassword() {
			return "";
		}

	}

}
