package org.electionresults.publications;

import org.electionresults.election.ElectionCatalogService;
import org.electionresults.system.SnapshotDetails;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The footer's publication, its age and the active notices, read in each page's snapshot. */
@Component
class HeartbeatDetails implements SnapshotDetails {

	private final JdbcClient jdbc;

	private final ElectionCatalogService catalogs;

	private final NoticeService notices;

	HeartbeatDetails(JdbcClient jdbc, ElectionCatalogService catalogs, NoticeService notices) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
		this.notices = notices;
	}

	@Override
	public String attribute() {
		return Heartbeat.ATTRIBUTE;
	}

	@Override
	public Heartbeat read() {
		return this.jdbc.sql("""
				SELECT number, sha256, committed_at, floor(extract(epoch FROM now() - committed_at) / 60)::bigint
				FROM publication WHERE election_id = ? ORDER BY number DESC LIMIT 1""")
			.param(this.catalogs.current().id())
			.query((rs, row) -> new Heartbeat(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					Math.max(0, rs.getLong(4)), this.notices.active()))
			.single();
	}

}
