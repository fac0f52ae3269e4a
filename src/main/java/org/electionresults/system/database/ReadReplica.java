package org.electionresults.system.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * The read replica: a connection pool of its own and whether it answers. A connection that cannot be
 * had marks it down at once (the read then goes to the primary); a check every
 * {@code elections.read-datasource.check-interval} marks it up again as soon as it answers, so a
 * replica that is away costs one connection timeout, not one per read.
 */
class ReadReplica implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ReadReplica.class);

	private final HikariDataSource pool;

	private volatile @Nullable String failure;

	ReadReplica(ReadDataSourceProperties properties, int maximumPoolSize) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("read-replica");
		config.setJdbcUrl(properties.url());
		config.setUsername(properties.username());
		config.setPassword(properties.password());
		config.setMaximumPoolSize(maximumPoolSize);
		config.setReadOnly(true);
		config.setConnectionTimeout(properties.connectionTimeout().toMillis());
		config.setValidationTimeout(Math.min(properties.connectionTimeout().toMillis(), 1000));
		// The application starts, and serves reads from the primary, while the replica is away.
		config.setInitializationFailTimeout(-1);
		this.pool = new HikariDataSource(config);
	}

	DataSource pool() {
		return this.pool;
	}

	boolean available() {
		return this.failure == null;
	}

	/** Why the replica was last found unavailable, or {@code null} while it answers. */
	@Nullable String failure() {
		return this.failure;
	}

	void failed(SQLException ex) {
		if (this.failure == null) {
			logger.warn("Read replica unavailable, public reads go to the primary: {}", ex.getMessage());
		}
		this.failure = ex.getMessage();
	}

	@Scheduled(fixedDelayString = "${elections.read-datasource.check-interval:5s}")
	void check() {
		try (Connection connection = this.pool.getConnection()) {
			if (!connection.isValid(1)) {
				throw new SQLException("connection not valid");
			}
			if (this.failure != null) {
				logger.info("Read replica available again, public reads go back to it");
			}
			this.failure = null;
		}
		catch (SQLException ex) {
			failed(ex);
		}
	}

	@Override
	public void close() {
		this.pool.close();
	}

}
