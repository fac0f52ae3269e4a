package org.electionresults.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * A temporary table, dropped at commit, that receives a file's rows through PostgreSQL COPY as they
 * are read, so that checks and the merge run as set-based SQL and memory does not grow with the file.
 */
final class StagingTable implements AutoCloseable {

	static final String NAME = "staging_tally";

	private static final String CREATE = """
			CREATE TEMP TABLE staging_tally (
			    line integer, mesa_code integer, ballot varchar(12),
			    country_id integer, country text, region_id integer, region text,
			    province_id integer, province text, section integer, municipality text,
			    locality_id integer, locality text, station_id integer, station text, number integer,
			    constituency integer, registered integer, votes integer[],
			    valid integer, blank integer, null_votes integer, emitted integer,
			    valid_system integer, emitted_system integer
			) ON COMMIT DROP""";

	private final PGCopyOutputStream copy;

	private final Writer out;

	private int rows;

	private StagingTable(PGCopyOutputStream copy) {
		this.copy = copy;
		this.out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
	}

	/** Creates the table in the connection's transaction and opens the COPY stream into it. */
	static StagingTable open(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(CREATE);
		}
		PGConnection pg = connection.unwrap(PGConnection.class);
		return new StagingTable(new PGCopyOutputStream(pg, "COPY " + NAME + " FROM STDIN"));
	}

	void add(TallyRow row) {
		try {
			Writer w = this.out;
			number(w, row.line());
			number(w, row.mesaCode());
			text(w, row.ballot().name());
			number(w, row.countryId());
			text(w, row.country());
			number(w, row.regionId());
			text(w, row.region());
			number(w, row.provinceId());
			text(w, row.province());
			number(w, row.section());
			text(w, row.municipality());
			number(w, row.localityId());
			text(w, row.locality());
			number(w, row.stationId());
			text(w, row.station());
			number(w, row.number());
			number(w, row.constituency());
			number(w, row.registered());
			w.write('{');
			int[] votes = row.votes();
			for (int i = 0; i < votes.length; i++) {
				if (i > 0) {
					w.write(',');
				}
				w.write(Integer.toString(votes[i]));
			}
			w.write("}\t");
			number(w, row.valid());
			number(w, row.blank());
			number(w, row.nullVotes());
			number(w, row.emitted());
			number(w, row.validSystem());
			w.write(Integer.toString(row.emittedSystem()));
			w.write('\n');
			this.rows++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Ends the COPY; returns the number of rows in the table. */
	int finish() throws IOException, SQLException {
		this.out.flush();
		this.copy.endCopy();
		return this.rows;
	}

	@Override
	public void close() throws SQLException {
		if (this.copy.isActive()) {
			this.copy.cancelCopy();
		}
	}

	private static void number(Writer w, int value) throws IOException {
		w.write(Integer.toString(value));
		w.write('\t');
	}

	/** Text in COPY's text format: backslash, tab and line breaks escaped. */
	private static void text(Writer w, String value) throws IOException {
		if (!needsEscape(value)) {
			// The usual case, written in one call rather than one synchronized call per character.
			w.write(value);
			w.write('\t');
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> w.write("\\\\");
				case '\t' -> w.write("\\t");
				case '\n' -> w.write("\\n");
				case '\r' -> w.write("\\r");
				default -> w.write(c);
			}
		}
		w.write('\t');
	}

	private static boolean needsEscape(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
				return true;
			}
		}
		return false;
	}

}
