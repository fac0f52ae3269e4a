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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.electionresults.election.ElectionCatalog.PartyInfo;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One per-mesa file of a publication, from the versioned tallies: the tally versions current after
 * the publication's upload (created by it or an earlier upload, not replaced by it or an earlier one),
 * with the mesa's places as of that upload ({@code mesa_history}), sorted by mesa code.
 * <p>
 * Each line is rendered by PostgreSQL, by one SQL expression ({@link #LINE}), so that the bytes a
 * download streams and the digest the upload records (computed in the database without moving the
 * rows, {@link #digestOfCurrent}) come from the same rendering. Downloads stream through a cursor: memory does
 * not grow with the file. Must run inside a transaction (the cursor needs one).
 */
final class PerMesaFileWriter {

	private static final int FETCH_SIZE = 2000;

	// Text quoted only when it holds a comma, a double quote or a line break, quotes doubled: the rule
	// is written here rather than taken from a CSV library so that the bytes never change with one.
	private static final String NEEDS_QUOTES = "%s ~ '[,\"\\r\\n]'";

	private static final String QUOTED = "CASE WHEN " + NEEDS_QUOTES.formatted("%1$s")
			+ " THEN '\"' || replace(%1$s, '\"', '\"\"') || '\"' ELSE %1$s END";

	// The text columns of a line, in their order in LINE.
	private static final List<String> NAMES = List.of("h.country", "h.region", "h.province", "h.municipality",
			"h.locality", "h.station");

	private static final String LINE = """
			concat_ws(',', t.mesa_code, :candidatura, h.country_id, %s, h.region_id, %s, t.constituency, h.province_id,
			          %s, h.section, %s, h.locality_id, %s, h.station_id, %s, h.number, t.registered, %s, t.valid,
			          t.blank, t.null_votes, t.emitted, t.version, t.upload_id) || chr(10)""";

	// A past publication: the tally versions current after its upload, the places as of that upload.
	private static final String AS_OF = """
			SELECT t.mesa_code, %s AS line
			FROM tally t JOIN (SELECT DISTINCT ON (code) * FROM mesa_history
			                   WHERE election_id = :election AND upload_id <= :upload
			                   ORDER BY code, upload_id DESC) h ON h.code = t.mesa_code
			WHERE t.election_id = :election AND t.ballot = :ballot AND t.upload_id <= :upload
			  AND (t.replaced_by IS NULL OR t.replaced_by > :upload)""";

	// The same rows while the upload that makes the publication commits: its versions are the current
	// ones and the mesa table holds its places (mesa_history's latest rows). Cheaper than AS_OF.
	private static final String CURRENT = """
			SELECT t.mesa_code, %s AS line
			FROM tally t JOIN mesa h ON h.election_id = t.election_id AND h.code = t.mesa_code
			WHERE t.election_id = :election AND t.ballot = :ballot AND t.status = 'CURRENT'""";

	private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc;

	PerMesaFileWriter(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(template);
	}

	/**
	 * Writes the file to {@code out} (which it does not close) and returns the digest of what it wrote.
	 * @param asOfUpload the publication's upload; 0 for publication 0 (no rows)
	 */
	FileDigest write(int electionId, long asOfUpload, PerMesaFile file, List<PartyInfo> parties, OutputStream out) {
		MessageDigest sha256 = sha256();
		CountingStream counting = new CountingStream(new DigestOutputStream(out, sha256));
		Writer writer = new BufferedWriter(new OutputStreamWriter(counting, StandardCharsets.UTF_8), 1 << 16);
		long[] rows = { 0 };
		try {
			writer.write(header(file, parties));
			this.jdbc.query(AS_OF.formatted(line(file, parties)) + " ORDER BY t.mesa_code",
					params(electionId, asOfUpload, file),
					(ResultSet rs) -> {
						try {
							writer.write(rs.getString(2));
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
						rows[0]++;
					});
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new FileDigest(file.fileName(), HexFormat.of().formatHex(sha256.digest()), counting.count(), rows[0]);
	}

	/**
	 * The digest of the file {@link #write} would write for the publication being made, inside its
	 * upload's transaction, computed by PostgreSQL without sending the rows: what the manifest records.
	 */
	FileDigest digestOfCurrent(int electionId, long asOfUpload, PerMesaFile file, List<PartyInfo> parties) {
		// The file's bytes are built once and both hashed and measured: measuring each line apart
		// (converting it a second time) took 40 % of the digest's time.
		String sql = """
				SELECT encode(sha256(bytes), 'hex'), octet_length(bytes), line_count
				FROM (SELECT convert_to(:header || coalesce(string_agg(line, '' ORDER BY mesa_code), ''), 'UTF8') AS bytes,
				             count(*) AS line_count
				      FROM (%s) lines) file""".formatted(CURRENT.formatted(line(file, parties)));
		var params = params(electionId, asOfUpload, file).addValue("header", header(file, parties));
		return this.jdbc.queryForObject(sql, params,
				(rs, row) -> new FileDigest(file.fileName(), rs.getString(1), rs.getLong(2), rs.getLong(3)));
	}

	private static String header(PerMesaFile file, List<PartyInfo> parties) {
		return String.join(",", file.header(parties)) + "\n";
	}

	// Names almost never need quoting: one test over all six of a mesa's names picks the line that
	// quotes each one only for the rare mesa that has such a character (the same bytes as testing
	// each name; six tests per line were a quarter of the digest's time).
	private static String line(PerMesaFile file, List<PartyInfo> parties) {
		String votes = votes(file.parties(parties));
		String quoted = line(NAMES.stream().map(PerMesaFileWriter::quoted).toList(), votes);
		return "CASE WHEN " + NEEDS_QUOTES.formatted(String.join(" || ", NAMES)) + " THEN " + quoted + " ELSE "
				+ line(NAMES, votes) + " END";
	}

	private static String line(List<String> names, String votes) {
		List<Object> columns = new ArrayList<>(names);
		columns.add(votes);
		return LINE.formatted(columns.toArray());
	}

	// The parties' columns as array slices, one per run of consecutive positions (1-8, 1-16 in 2020):
	// much cheaper to render than one subscript per party.
	static String votes(List<PartyInfo> parties) {
		List<String> slices = new java.util.ArrayList<>();
		int i = 0;
		while (i < parties.size()) {
			int first = parties.get(i).position();
			int last = first;
			while (i + 1 < parties.size() && parties.get(i + 1).position() == last + 1) {
				last = parties.get(++i).position();
			}
			// " : " with spaces: a colon followed by a digit would read as a named parameter.
			slices.add("array_to_string(t.votes[" + first + " : " + last + "], ',')");
			i++;
		}
		return String.join(", ", slices);
	}

	private static String quoted(String column) {
		return QUOTED.formatted(column);
	}

	private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(int electionId,
			long asOfUpload, PerMesaFile file) {
		return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("election", electionId)
			.addValue("upload", asOfUpload)
			.addValue("ballot", file.ballot().name())
			.addValue("candidatura", file.ballot().exportName());
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
