package org.electionresults.ingest;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Undoes one committed upload with set-based SQL, inside the revert's own transaction. For every
 * acta the upload touched, the numbers it replaced (if any) become current again as a new version
 * written by the revert, and the current version (with the numbers the upload wrote) is superseded
 * or withdrawn: tallies stay
 * append-only and every step keeps its history. The signed contributions go to {@code tally_delta}
 * for {@link AreaTotalsUpdater}, as an upload's do.
 */
final class TallyRevert {

	// Per acta (mesa x ballot) the upload touched: the version it replaced (before), the one it wrote
	// (after) and the one current now. An upload writes at most one of each per acta. The acta was
	// changed again later when what is current now is not what the upload left: another number, or
	// present where the upload withdrew it, or absent where it wrote it. Compared by numbers, not by
	// row: a revert that was itself reverted wrote copies of the same numbers. The later upload of a
	// withdrawn acta is the one that replaced its latest version, looked up only for actas with no
	// current version and through the (mesa, ballot, version) key: a max() over replaced_by for every
	// acta made the planner walk that column's whole index per acta (minutes for a national file).
	private static final String KEYS = """
			CREATE TEMP TABLE revert_key ON COMMIT DROP AS
			SELECT k.mesa_code, k.ballot, k.before_id, k.after_id, c.id AS current_id,
			       CASE WHEN k.after_id IS NULL THEN c.id IS NOT NULL
			            ELSE c.id IS NULL OR (c.constituency, c.registered, c.votes, c.valid, c.blank, c.null_votes,
			                                  c.emitted, c.valid_system, c.emitted_system)
			                 IS DISTINCT FROM (a.constituency, a.registered, a.votes, a.valid, a.blank, a.null_votes,
			                                   a.emitted, a.valid_system, a.emitted_system) END AS changed_later,
			       coalesce(c.upload_id, l.replaced_by) AS later_upload
			FROM (SELECT coalesce(a.mesa_code, b.mesa_code) AS mesa_code, coalesce(a.ballot, b.ballot) AS ballot,
			             b.id AS before_id, a.id AS after_id
			      FROM (SELECT id, mesa_code, ballot FROM tally
			            WHERE election_id = :election AND upload_id = :target) a
			      FULL JOIN (SELECT id, mesa_code, ballot FROM tally
			                 WHERE election_id = :election AND replaced_by = :target) b
			             ON a.mesa_code = b.mesa_code AND a.ballot = b.ballot) k
			LEFT JOIN tally a ON a.id = k.after_id
			LEFT JOIN tally c ON c.election_id = :election AND c.mesa_code = k.mesa_code AND c.ballot = k.ballot
			                 AND c.status = 'CURRENT'
			LEFT JOIN LATERAL (SELECT v.replaced_by FROM tally v
			                   WHERE c.id IS NULL AND v.election_id = :election AND v.mesa_code = k.mesa_code
			                     AND v.ballot = k.ballot
			                   ORDER BY v.election_id DESC, v.mesa_code DESC, v.ballot DESC, v.version DESC
			                   LIMIT 1) l ON true""";

	private static final String CONFLICTS = """
			SELECT mesa_code, later_upload FROM revert_key WHERE changed_later ORDER BY mesa_code, ballot""";

	private static final String DELTA = """
			CREATE TEMP TABLE tally_delta ON COMMIT DROP AS
			SELECT 1 AS sign, %1$s
			WHERE t.id IN (SELECT before_id FROM revert_key)
			UNION ALL
			SELECT -1, %1$s
			WHERE t.id IN (SELECT current_id FROM revert_key)""".formatted(TallyMerge.STORED_CONTRIBUTION);

	private static final String RETIRE = """
			UPDATE tally SET status = CASE WHEN k.before_id IS NULL THEN 'WITHDRAWN' ELSE 'SUPERSEDED' END,
			                 replaced_by = :upload
			FROM revert_key k WHERE tally.id = k.current_id""";

	// The newest version number of an acta is read before the insert (see TallyMerge on why).
	private static final String RESTORE = """
			INSERT INTO tally (election_id, mesa_code, ballot, version, status, constituency, registered, votes,
			                   valid, blank, null_votes, emitted, valid_system, emitted_system, upload_id, source_line)
			SELECT b.election_id, b.mesa_code, b.ballot, r.version, 'CURRENT', b.constituency, b.registered, b.votes,
			       b.valid, b.blank, b.null_votes, b.emitted, b.valid_system, b.emitted_system, :upload, b.source_line
			FROM (SELECT k.before_id,
			             (SELECT max(v.version) FROM tally v
			              WHERE v.election_id = :election AND v.mesa_code = k.mesa_code AND v.ballot = k.ballot) + 1
			             AS version
			      FROM revert_key k WHERE k.before_id IS NOT NULL) r
			JOIN tally b ON b.id = r.before_id""";

	private final JdbcClient jdbc;

	TallyRevert(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Finds what the upload changed; returns the actas a later upload changed again (empty: revertible). */
	List<Conflict> prepare(int electionId, long target) {
		// A revert right after a large upload must not be planned on statistics from before it.
		new TableStatistics(this.jdbc).analyzeIfOutgrown(TableStatistics.TALLY, "SELECT last_value FROM tally_id_seq",
				TableStatistics.MESA);
		this.jdbc.sql(KEYS).param("election", electionId).param("target", target).update();
		this.jdbc.sql("ANALYZE revert_key").update();
		return this.jdbc.sql(CONFLICTS)
			.query((rs, row) -> new Conflict(rs.getInt(1), rs.getObject(2, Long.class)))
			.list();
	}

	/** Applies the revert prepared by {@link #prepare}; the counts are seen from the revert. */
	TallyMerge.MergeCounts apply(int electionId, long revertId) {
		TallyMerge.MergeCounts counts = this.jdbc.sql("""
				SELECT count(*) FILTER (WHERE before_id IS NOT NULL AND after_id IS NULL),
				       count(*) FILTER (WHERE before_id IS NOT NULL AND after_id IS NOT NULL),
				       count(*) FILTER (WHERE before_id IS NULL AND after_id IS NOT NULL)
				FROM revert_key""")
			.query((rs, row) -> new TallyMerge.MergeCounts(rs.getInt(1), rs.getInt(2), 0, rs.getInt(3), 0, 0))
			.single();
		if (!counts.movesTallies()) {
			return counts;
		}
		this.jdbc.sql(DELTA).update();
		this.jdbc.sql(RETIRE).param("upload", revertId).update();
		this.jdbc.sql(RESTORE).param("election", electionId).param("upload", revertId).update();
		return counts;
	}

	/**
	 * An acta changed again after the upload to revert.
	 *
	 * @param mesaCode the mesa
	 * @param laterUpload the upload that changed it (null if unknown)
	 */
	record Conflict(int mesaCode, Long laterUpload) {

	}

}
