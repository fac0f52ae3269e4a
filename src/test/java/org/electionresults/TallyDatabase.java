package org.electionresults;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the count between tests that share one database; reference data stays. */
public final class TallyDatabase {

	private TallyDatabase() {
	}

	public static void reset(JdbcClient jdbc) {
		jdbc.sql("TRUNCATE review_flag, count_point, area_total, tally, mesa, upload_file, upload, publication, mesa_history").update();
		jdbc.sql("UPDATE election SET data_version = 0, updated_at = NULL").update();
		// Publication 0, the empty count, as the migration created it.
		jdbc.sql("SELECT publication_zero(id) FROM election").query((rs, row) -> 0).list();
	}

}
