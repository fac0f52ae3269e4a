package org.electionresults.results;

import java.sql.Timestamp;

import org.electionresults.election.ElectionCatalogService;
import org.electionresults.system.DataVersionSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the election's data version, which every committed upload bumps. */
@Service
public class CountStatusService implements DataVersionSource {

	private final JdbcClient jdbc;

	private final ElectionCatalogService catalogs;

	CountStatusService(JdbcClient jdbc, ElectionCatalogService catalogs) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
	}

	@Override
	public CountStatus current() {
		return this.jdbc.sql("SELECT data_version, updated_at FROM election WHERE id = ?")
			.param(this.catalogs.current().id())
			.query((rs, row) -> {
				Timestamp updated = rs.getTimestamp("updated_at");
				return new CountStatus(rs.getLong("data_version"), (updated != null) ? updated.toInstant() : null);
			})
			.single();
	}

}
