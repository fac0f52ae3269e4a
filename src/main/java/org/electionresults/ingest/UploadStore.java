package org.electionresults.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.electionresults.results.ActaNumbers;
import org.electionresults.election.Ballot;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The upload records: the audit trail of every file sent, with its bytes. */
@Repository
class UploadStore {

	private static final TypeReference<List<Problem>> PROBLEMS = new TypeReference<>() {
	};

	private static final TypeReference<List<Correction>> CORRECTIONS = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			id, status, file_name, sha256, size_bytes, file_format, snapshot, uploaded_by, uploaded_at, finished_at,
			rows, inserted, corrected, unchanged, withdrawn, error_count, errors, warning_count, warnings, duplicate_of,
			kind, reverts, reverted_by, planned_corrections""";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final JsonMapper json;

	UploadStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper json) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.json = json;
	}

	/** An id for an upload that starts now; its row is written when it ends. */
	long reserveId() {
		return this.jdbc.sql("SELECT nextval('upload_id_seq')").query(Long.class).single();
	}

	long insert(long id, int electionId, UploadAttempt attempt, UploadKind kind, UploadStatus status, String format,
			ProblemList errors, ProblemList warnings, int rows, Long duplicateOf) {
		return this.jdbc.sql("""
				INSERT INTO upload (id, election_id, kind, file_name, sha256, size_bytes, file_format, snapshot,
				                    uploaded_by, uploaded_at, finished_at, status, duplicate_of, rows, error_count,
				                    errors, warning_count, warnings)
				VALUES (:id, :election, :kind, :name, :sha, :size, :format, :snapshot, :user, :uploadedAt, now(),
				        :status, :duplicateOf, :rows, :errorCount, CAST(:errors AS jsonb), :warningCount,
				        CAST(:warnings AS jsonb))
				RETURNING id""")
			.param("id", id)
			.param("kind", kind.name())
			.param("election", electionId)
			.param("name", attempt.fileName())
			.param("sha", attempt.sha256())
			.param("size", attempt.sizeBytes())
			.param("format", format)
			.param("snapshot", attempt.snapshot())
			.param("user", attempt.uploadedBy())
			.param("uploadedAt", Timestamp.from(attempt.receivedAt()))
			.param("status", status.name())
			.param("duplicateOf", duplicateOf)
			.param("rows", rows)
			.param("errorCount", errors.total())
			.param("errors", this.json.writeValueAsString(errors.shown()))
			.param("warningCount", warnings.total())
			.param("warnings", this.json.writeValueAsString(warnings.shown()))
			.query(Long.class)
			.single();
	}

	/** Records what the merge did; finished_at is the wall clock now, not the transaction's start. */
	void recordCounts(long uploadId, TallyMerge.MergeCounts counts, Long dataVersion) {
		this.jdbc.sql("""
				UPDATE upload SET inserted = :inserted, corrected = :corrected, unchanged = :unchanged,
				                  withdrawn = :withdrawn, data_version = :version, finished_at = clock_timestamp()
				WHERE id = :id""")
			.param("inserted", counts.inserted())
			.param("corrected", counts.corrected())
			.param("unchanged", counts.unchanged())
			.param("withdrawn", counts.withdrawn())
			.param("version", dataVersion)
			.param("id", uploadId)
			.update();
	}

	/** A revert's record: it has no file; its name says what it reverted. */
	void insertRevert(long id, int electionId, long target, String user) {
		this.jdbc.sql("""
				INSERT INTO upload (id, election_id, kind, reverts, file_name, sha256, size_bytes, snapshot, uploaded_by,
				                    uploaded_at, finished_at, status)
				VALUES (:id, :election, 'REVERT', :target, :name, NULL, 0, false, :user, now(), now(), 'COMMITTED')""")
			.param("id", id)
			.param("election", electionId)
			.param("target", target)
			.param("name", "revert-" + target)
			.param("user", user)
			.update();
	}

	/** The upload is undone by a revert in effect, or again in effect (revert null) when that revert is undone. */
	void markReverted(long uploadId, Long revert) {
		this.jdbc.sql("UPDATE upload SET reverted_by = :revert WHERE id = :id")
			.param("revert", revert)
			.param("id", uploadId)
			.update();
	}

	/** What a dry run would have done. */
	void recordPlan(long uploadId, TallyMerge.MergeCounts counts, List<Correction> corrections) {
		this.jdbc.sql("""
				UPDATE upload SET inserted = :inserted, corrected = :corrected, unchanged = :unchanged,
				                  withdrawn = :withdrawn, planned_corrections = CAST(:planned AS jsonb)
				WHERE id = :id""")
			.param("inserted", counts.inserted())
			.param("corrected", counts.corrected())
			.param("unchanged", counts.unchanged())
			.param("withdrawn", counts.withdrawn())
			.param("planned", this.json.writeValueAsString(corrections))
			.param("id", uploadId)
			.update();
	}

	/** Keeps the bytes as sent, streamed from disk. */
	void storeFile(long uploadId, Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			long size = Files.size(file);
			this.jdbcTemplate.update("INSERT INTO upload_file (upload_id, content) VALUES (?, ?)", (ps) -> {
				ps.setLong(1, uploadId);
				ps.setBinaryStream(2, in, size);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Optional<Long> committedWithSha256(int electionId, String sha256) {
		return this.jdbc.sql("""
				SELECT id FROM upload WHERE election_id = ? AND sha256 = ? AND status = 'COMMITTED' AND kind = 'FILE'
				                        AND reverted_by IS NULL""")
			.param(electionId)
			.param(sha256)
			.query(Long.class)
			.optional();
	}

	Optional<UploadReport> find(int electionId, long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM upload WHERE election_id = ? AND id = ?")
			.param(electionId)
			.param(id)
			.query(this::report)
			.optional();
	}

	List<UploadReport> history(int electionId, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM upload WHERE election_id = ? ORDER BY id DESC LIMIT ?")
			.param(electionId)
			.param(limit)
			.query(this::report)
			.list();
	}

	Optional<InputStream> file(long uploadId) {
		return this.jdbc.sql("SELECT content FROM upload_file WHERE upload_id = ?")
			.param(uploadId)
			.query((rs, row) -> rs.getBinaryStream(1))
			.optional();
	}

	List<Correction> corrections(long uploadId) {
		return this.jdbc.sql("""
				SELECT n.mesa_code, n.ballot,
				       o.registered, o.votes, o.valid, o.blank, o.null_votes, o.emitted,
				       n.registered, n.votes, n.valid, n.blank, n.null_votes, n.emitted
				FROM tally n
				JOIN tally o ON o.election_id = n.election_id AND o.mesa_code = n.mesa_code AND o.ballot = n.ballot
				            AND o.version = n.version - 1 AND o.replaced_by = n.upload_id AND o.status = 'SUPERSEDED'
				WHERE n.upload_id = ?
				ORDER BY n.mesa_code, n.ballot""")
			.param(uploadId)
			.query((rs, row) -> new Correction(rs.getInt(1), Ballot.valueOf(rs.getString(2)),
					ActaNumbers.read(rs, 3), ActaNumbers.read(rs, 9)))
			.list();
	}


	private UploadReport report(ResultSet rs, int row) throws SQLException {
		return new UploadReport(rs.getLong("id"), UploadStatus.valueOf(rs.getString("status")),
				rs.getString("file_name"), rs.getString("sha256"), rs.getLong("size_bytes"),
				rs.getString("file_format"), rs.getBoolean("snapshot"), rs.getString("uploaded_by"),
				instant(rs, "uploaded_at"), instant(rs, "finished_at"), rs.getInt("rows"), rs.getInt("inserted"),
				rs.getInt("corrected"), rs.getInt("unchanged"), rs.getInt("withdrawn"), rs.getInt("error_count"),
				this.json.readValue(rs.getString("errors"), PROBLEMS), rs.getInt("warning_count"),
				this.json.readValue(rs.getString("warnings"), PROBLEMS), rs.getObject("duplicate_of", Long.class),
				UploadKind.valueOf(rs.getString("kind")), rs.getObject("reverts", Long.class),
				rs.getObject("reverted_by", Long.class), this.json.readValue(rs.getString("planned_corrections"), CORRECTIONS));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
