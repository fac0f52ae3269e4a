package org.electionresults.system.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Where read-only transactions get their connection: the replica while it answers, otherwise the
 * primary (read-only there too), so that public pages keep answering when the replica is away.
 */
class ReplicaOrPrimary extends DelegatingDataSource {

	private final ReadReplica replica;

	ReplicaOrPrimary(ReadReplica replica, DataSource primary) {
		super(primary);
		this.replica = replica;
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (this.replica.available()) {
			try {
				return this.replica.pool().getConnection();
			}
			catch (SQLException ex) {
				this.replica.failed(ex);
			}
		}
		Connection primary = obtainTargetDataSource().getConnection();
		// The pool resets it when the connection is returned.
		primary.setReadOnly(true);
		return primary;
	}

}
