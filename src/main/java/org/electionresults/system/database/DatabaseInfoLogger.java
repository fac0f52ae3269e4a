package org.electionresults.system.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start-up which database the application is using (never its password). */
@Component
class DatabaseInfoLogger {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseInfoLogger.class);

	private final DataSource dataSource;

	DatabaseInfoLogger(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@EventListener(ApplicationReadyEvent.class)
	void logDatabase() {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			logger.info("Database in use: {} {} at {} as {}", metaData.getDatabaseProductName(),
					metaData.getDatabaseProductVersion(), metaData.getURL(), metaData.getUserName());
		}
		catch (SQLException ex) {
			logger.warn("Database not reachable at start-up: {}", ex.getMessage());
		}
	}

}
