package org.electionresults.ingest;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Re-analyzes a table inside the upload's transaction when it has outgrown its planner statistics.
 * An upload can multiply a table's rows in one transaction; autovacuum catches up within a minute,
 * but the next upload or page render may come sooner, and a planner that still believes the table
 * empty turns key lookups into scans (seen: a 10x re-upload taking minutes instead of seconds; an
 * overview render reading 330,000 rows instead of a few hundred). A crash also resets the counters
 * autovacuum goes by.
 */
final class TableStatistics {

	private final JdbcClient jdbc;

	TableStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Analyzes {@code table}, and the {@code related} tables that grow with it, when its rows now
	 * exceed its last analyzed count by more than 1,000 and 10 %.
	 *
	 * @param table the table
	 * @param rowsNow a query for its current number of rows (exact or an upper bound)
	 * @param related tables analyzed together with it
	 */
	void analyzeIfOutgrown(String table, String rowsNow, String... related) {
		boolean outgrown = this.jdbc
			.sql("SELECT (" + rowsNow + ") > 1000 + 1.1 * greatest(reltuples, 0) FROM pg_class WHERE relname = ?")
			.param(table)
			.query(Boolean.class)
			.single();
		if (outgrown) {
			this.jdbc.sql("ANALYZE " + table).update();
			for (String other : related) {
				this.jdbc.sql("ANALYZE " + other).update();
			}
		}
	}

}
