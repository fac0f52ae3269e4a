package org.electionresults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.electionresults.system.database.EmbeddedDatabaseAutoConfiguration.EmbeddedConnectionDetails;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.FileSystemUtils;

/**
 * The one database of the tests: a real PostgreSQL 17, from Testcontainers where Docker is
 * available, otherwise the embedded server with a throw-away data directory.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (Throwable ex) {
			return false;
		}
	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(DockerAvailable.class)
	static class Containers {

		@Bean
		@ServiceConnection
		PostgreSQLContainer postgres() {
			return new PostgreSQLContainer("postgres:17.6-alpine");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(DockerMissing.class)
	static class Embedded {

		@Bean(destroyMethod = "close")
		EphemeralPostgres ephemeralPostgres() throws IOException {
			return new EphemeralPostgres();
		}

		@Bean
		JdbcConnectionDetails embeddedConnectionDetails(EphemeralPostgres postgres) {
			String url = postgres.server.getJdbcUrl("postgres", "postgres");
			return new EmbeddedConnectionDetails(url);
		}

	}

	/** An embedded server whose data directory is deleted when the test context closes. */
	static final class EphemeralPostgres implements AutoCloseable {

		final Path dataDir;

		final EmbeddedPostgres server;

		EphemeralPostgres() throws IOException {
			this.dataDir = Files.createTempDirectory("election-results-test-pg");
			this.server = EmbeddedPostgres.builder()
				.setDataDirectory(this.dataDir)
				.setCleanDataDirectory(true)
				.setServerConfig("fsync", "off")
				.setServerConfig("max_connections", "60")
				.start();
		}

		@Override
		public void close() throws IOException {
			this.server.close();
			FileSystemUtils.deleteRecursively(this.dataDir);
		}

	}

	static class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return dockerAvailable();
		}

	}

	static class DockerMissing implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !dockerAvailable();
		}

	}

}
