package org.electionresults.ingest;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Re-analyzes a table inside the upload's transaction when it has outgrown its planner statistics.
 * An upload can multiply a table's rows in one transaction; autovacuum catches up within a minute,
 * but the next upload or page render may come sooner, and a planner that still believes the table
 * empty turns key lookups into scans (seen: a 10x re-upload taking minutes instead of seconds; an
 * overview render reading 330,000 rows instead of a few hundred). A crash also resets the counters
 * autovacuum goes by.
 * <p>
 * Only the columns that queries join, filter and group on are analyzed: the plans need their
 * statistics, not those of names and vote arrays, which cost most (all columns: 330 ms of a national
 * upload for tally, mesa and area_total; these: 110 ms). Autovacuum analyzes every column later.
 */
final class TableStatistics {

	/** The tallies: keys, versions and the uploads that wrote and replaced them. */
	static final Table TALLY = new Table("tally", "id", "election_id", "mesa_code", "ballot", "version", "status",
			"constituency", "upload_id", "replaced_by");

	/** The mesas: keys of the mesa and of its areas. */
	static final Table MESA = new Table("mesa", "election_id", "code", "country_id", "region_id", "province_id",
			"section", "locality_id", "station_id");

	/** The aggregates: their keys and parents. */
	static final Table AREA_TOTAL = new Table("area_total", "election_id", "ballot", "level", "area", "parent_level",
			"parent_area");

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
	void analyzeIfOutgrown(Table table, String rowsNow, Table... related) {
		boolean outgrown = this.jdbc
			.sql("SELECT (" + rowsNow + ") > 1000 + 1.1 * greatest(reltuples, 0) FROM pg_class WHERE relname = ?")
			.param(table.name())
			.query(Boolean.class)
			.single();
		if (outgrown) {
			this.jdbc.sql(table.analyze()).update();
			for (Table other : related) {
				this.jdbc.sql(other.analyze()).update();
			}
		}
	}

	/**
	 * A table and the columns whose statistics the plans depend on.
	 *
	 * @param name the table's name
	 * @param columns the columns to analyze
	 */
	record Table(String name, List<String> columns) {

		Table(String name, String... columns) {
			this(name, Arrays.asList(columns));
		}

		String analyze() {
			return "ANALYZE " + this.name + " (" + String.join(", ", this.columns) + ")";
		}

	}

}
