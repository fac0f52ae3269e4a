package org.electionresults.publications;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.electionresults.election.ElectionReference.PartyColumn;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes one per-mesa file of a publication from the versioned tallies: the tally versions current
 * after the publication's upload (created by it or an earlier upload, not yet replaced by it), with
 * the mesa's places as of that upload ({@code mesa_history}), sorted by mesa code. Rows stream
 * through a cursor, so memory does not grow with the file; the bytes are hashed on the way. Must run
 * inside a transaction (the cursor needs one), read-only for downloads or the upload's own.
 */
final class PerMesaFileWriter {

	private static final int FETCH_SIZE = 2000;

	private static final String ROWS = """
			SELECT t.mesa_code, h.country_id, h.country, h.region_id, h.region, t.constituency, h.province_id,
			       h.province, h.section, h.municipality, h.locality_id, h.locality, h.station_id, h.station,
			       h.number, t.registered, %s, t.valid, t.blank, t.null_votes, t.emitted, t.version, t.upload_id
			FROM tally t
			JOIN LATERAL (SELECT * FROM mesa_history m
			              WHERE m.election_id = t.election_id AND m.code = t.mesa_code AND m.upload_id <= ?
			              ORDER BY m.upload_id DESC LIMIT 1) h ON true
			WHERE t.election_id = ? AND t.ballot = ? AND t.upload_id <= ? AND (t.replaced_by IS NULL OR t.replaced_by > ?)
			ORDER BY t.mesa_code""";

	private final JdbcTemplate jdbc;

	PerMesaFileWriter(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
	}

	/**
	 * Writes the file to {@code out} (which it does not close) and returns its digest.
	 * @param asOfUpload the publication's upload; 0 for publication 0 (no rows)
	 */
	FileDigest write(int electionId, long asOfUpload, PerMesaFile file, List<PartyColumn> parties, OutputStream out) {
		MessageDigest sha256 = sha256();
		CountingStream counting = new CountingStream(new DigestOutputStream(out, sha256));
		Writer writer = new BufferedWriter(new OutputStreamWriter(counting, StandardCharsets.UTF_8), 1 << 16);
		List<PartyColumn> columns = file.parties(parties);
		String votes = columns.stream()
			.map((party) -> "t.votes[" + party.position() + "]")
			.collect(Collectors.joining(", "));
		String candidatura = Csv.field(file.ballot().exportName());
		long[] rows = { 0 };
		try {
			writer.write(String.join(",", file.header(parties)));
			writer.write('\n');
			this.jdbc.query(ROWS.formatted(votes), (ResultSet rs) -> {
				try {
					writeRow(rs, candidatura, columns.size(), writer);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				rows[0]++;
			}, asOfUpload, electionId, file.ballot().name(), asOfUpload, asOfUpload);
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new FileDigest(file.fileName(), HexFormat.of().formatHex(sha256.digest()), counting.count(), rows[0]);
	}

	private static void writeRow(ResultSet rs, String candidatura, int parties, Writer out)
			throws SQLException, IOException {
		StringBuilder line = new StringBuilder(256);
		line.append(rs.getInt(1)).append(',').append(candidatura);
		for (int column = 2; column <= 15; column++) {
			line.append(',');
			if (column == 3 || column == 5 || column == 8 || column == 10 || column == 12 || column == 14) {
				line.append(Csv.field(rs.getString(column)));
			}
			else {
				line.append(rs.getInt(column));
			}
		}
		int last = 16 + parties + 6;
		for (int column = 16; column <= last; column++) {
			line.append(',').append(rs.getLong(column));
		}
		line.append('\n');
		out.write(line.toString());
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Counts the bytes written through it. */
	private static final class CountingStream extends java.io.FilterOutputStream {

		private long count;

		CountingStream(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.count++;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
			this.count += length;
		}

		@Override
		public void close() {
			// The caller owns the stream.
		}

		long count() {
			return this.count;
		}

	}

}
