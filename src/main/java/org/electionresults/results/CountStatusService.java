package org.electionresults.results;

import java.sql.Timestamp;

import org.electionresults.election.ElectionCatalogService;
import org.electionresults.system.DataVersionSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the election's data version, which every committed upload bumps. */
@Service
public class CountStatusService implements DataVersionSource {

	private final JdbcClient jdbc;

	private final ElectionCatalogService catalogs;

	CountStatusService(JdbcClient jdbc, ElectionCatalogService catalogs) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
	}

	// Read-only: the version is read where public reads are served (the read replica when one is
	// configured), so that validators and the page cache name what the pages show; inside a snapshot
	// it joins the snapshot's transaction.
	@Override
	@Transactional(readOnly = true)
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
