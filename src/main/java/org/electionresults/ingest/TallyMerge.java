package org.electionresults.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.electionresults.results.ActaNumbers;
import org.electionresults.election.Ballot;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Applies a checked staging table to the tallies with set-based SQL, inside the upload's
 * transaction: new tallies are inserted, changed ones become a new version that supersedes the old
 * one, identical ones are left alone and, for a snapshot, current tallies of the file's ballots whose
 * mesa is absent are withdrawn. The signed contributions of everything that changed go to
 * {@link AreaTotalsUpdater}, so the aggregates move in the same transaction.
 */
final class TallyMerge {

	// The version a new or corrected tally gets is computed here, by a statement that only reads
	// tally, rather than by a subquery of the INSERT into tally: planned while tally was known to be
	// empty (analyzed empty), that subquery became a sequential scan of the table the INSERT was
	// growing, quadratic in the rows of the file (a national file took 34 s instead of 3 s).
	// "renamed": the row's mesa is stored under other names of its areas (AreaTotalsUpdater.NAME_COLUMNS).
	private static final String CLASSIFY = """
			CREATE TEMP TABLE tally_change ON COMMIT DROP AS
			SELECT k.*,
			       CASE WHEN k.kind = 'U' THEN NULL
			            ELSE coalesce((SELECT max(v.version) FROM tally v
			                           WHERE v.election_id = :election AND v.mesa_code = k.mesa_code
			                             AND v.ballot = k.ballot), 0) + 1 END AS new_version
			FROM (
			    SELECT s.*, t.id AS old_id,
			           m.code IS NOT NULL AND %s IS DISTINCT FROM %s AS renamed,
			           CASE WHEN t.id IS NULL THEN 'I'
			                WHEN t.registered = s.registered AND t.votes = s.votes AND t.valid = s.valid
			                     AND t.blank = s.blank AND t.null_votes = s.null_votes AND t.emitted = s.emitted
			                     AND t.valid_system = s.valid_system AND t.emitted_system = s.emitted_system
			                     AND t.constituency = s.constituency THEN 'U'
			                ELSE 'C' END AS kind
			    FROM staging_tally s
			    LEFT JOIN tally t ON t.election_id = :election AND t.mesa_code = s.mesa_code
			                     AND t.ballot = s.ballot AND t.status = 'CURRENT'
			    LEFT JOIN mesa m ON m.election_id = :election AND m.code = s.mesa_code) k"""
		.formatted(areaNames("m"), areaNames("s"));

	private static final String WITHDRAWALS = """
			CREATE TEMP TABLE tally_withdrawal ON COMMIT DROP AS
			SELECT t.id FROM tally t
			WHERE t.election_id = :election AND t.status = 'CURRENT' AND t.ballot IN (:ballots)
			  AND NOT EXISTS (SELECT 1 FROM staging_tally s WHERE s.mesa_code = t.mesa_code AND s.ballot = t.ballot)""";

	private static final String NO_WITHDRAWALS = "CREATE TEMP TABLE tally_withdrawal (id bigint) ON COMMIT DROP";

	// A stored tally's contribution, placed by its mesa.
	static final String STORED_CONTRIBUTION = """
			t.ballot, m.country_id, m.country, m.region_id, m.region, m.province_id, m.province,
			       m.section, m.municipality, m.locality_id, m.station_id, m.station, t.constituency,
			       t.registered, t.emitted, t.valid, t.blank, t.null_votes, t.votes
			FROM tally t JOIN mesa m ON m.election_id = t.election_id AND m.code = t.mesa_code""";

	// What changes, with a sign: +1 for the new numbers, -1 for the numbers they replace or withdraw.
	// The current tallies of a renamed mesa that stay current count once each way, with the mesa's
	// new names (read after UPSERT_MESAS): their numbers cancel out and the aggregates take the names.
	private static final String DELTA = """
			CREATE TEMP TABLE tally_delta ON COMMIT DROP AS
			SELECT 1 AS sign, c.ballot, c.country_id, c.country, c.region_id, c.region, c.province_id, c.province,
			       c.section, c.municipality, c.locality_id, c.station_id, c.station, c.constituency,
			       c.registered, c.emitted, c.valid, c.blank, c.null_votes, c.votes
			FROM tally_change c WHERE c.kind <> 'U'
			UNION ALL
			SELECT -1, %1$s
			WHERE t.id IN (SELECT old_id FROM tally_change WHERE kind = 'C' UNION ALL SELECT id FROM tally_withdrawal)
			UNION ALL
			SELECT r.sign, %1$s
			CROSS JOIN (VALUES (1), (-1)) r (sign)
			WHERE t.election_id = :election AND t.status = 'CURRENT'
			  AND t.mesa_code IN (SELECT mesa_code FROM tally_change WHERE renamed)
			  AND t.id NOT IN (SELECT old_id FROM tally_change WHERE kind = 'C')
			  AND t.id NOT IN (SELECT id FROM tally_withdrawal)""".formatted(STORED_CONTRIBUTION);

	private static final String SUPERSEDE = """
			UPDATE tally SET status = 'SUPERSEDED', replaced_by = :upload
			WHERE id IN (SELECT old_id FROM tally_change WHERE kind = 'C')""";

	private static final String WITHDRAW = """
			UPDATE tally SET status = 'WITHDRAWN', replaced_by = :upload
			WHERE id IN (SELECT id FROM tally_withdrawal)""";

	// Geography keys are checked equal before the merge; names and numbers may be corrected.
	private static final String UPSERT_MESAS = """
			INSERT INTO mesa (election_id, code, country_id, country, region_id, region, province_id, province,
			                  section, municipality, locality_id, locality, station_id, station, number)
			SELECT DISTINCT ON (mesa_code) :election, mesa_code, country_id, country, region_id, region,
			       province_id, province, section, municipality, locality_id, locality, station_id, station, number
			FROM staging_tally ORDER BY mesa_code, line
			ON CONFLICT (election_id, code) DO UPDATE SET
			    country = excluded.country, region = excluded.region, province = excluded.province,
			    municipality = excluded.municipality, locality = excluded.locality, station = excluded.station,
			    number = excluded.number
			WHERE (mesa.country, mesa.region, mesa.province, mesa.municipality, mesa.locality, mesa.station,
			       mesa.number)
			      IS DISTINCT FROM (excluded.country, excluded.region, excluded.province, excluded.municipality,
			                        excluded.locality, excluded.station, excluded.number)""";

	private static final String INSERT_VERSIONS = """
			INSERT INTO tally (election_id, mesa_code, ballot, version, status, constituency, registered, votes,
			                   valid, blank, null_votes, emitted, valid_system, emitted_system, upload_id, source_line)
			SELECT :election, c.mesa_code, c.ballot, c.new_version, 'CURRENT', c.constituency, c.registered, c.votes,
			       c.valid, c.blank, c.null_votes, c.emitted, c.valid_system, c.emitted_system, :upload, c.line
			FROM tally_change c WHERE c.kind <> 'U'""";

	private final JdbcClient jdbc;

	TallyMerge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	MergeCounts apply(int electionId, long uploadId, Set<Ballot> ballots, boolean snapshot) {
		MergeCounts counts = classify(electionId, ballots, snapshot);
		// A file may correct only a mesa's names or number: that is a change even when no tally moves.
		int mesasWritten = this.jdbc.sql(UPSERT_MESAS).param("election", electionId).update();
		counts = counts.withMesasWritten(mesasWritten);
		if (!counts.movesAggregates()) {
			return counts;
		}
		this.jdbc.sql(DELTA).param("election", electionId).update();
		this.jdbc.sql(SUPERSEDE).param("upload", uploadId).update();
		this.jdbc.sql(WITHDRAW).param("upload", uploadId).update();
		this.jdbc.sql(INSERT_VERSIONS).param("election", electionId).param("upload", uploadId).update();
		// Statistics once the new versions are in, when the table has outgrown them: ANALYZE counts this
		// transaction's own rows, so the review flags and the publication, which read tally next, and
		// the next upload's classification plan for the rows there are. The id sequence counts every
		// version ever inserted, at once; the activity statistics lag. (Analyzed before the insert, as
		// it was, a table holding only the dead rows of a rolled-back upload passed for empty, and
		// the reads that followed took nested loops: 43 s for the flags of 20,000 rows, not 0.2 s.)
		new TableStatistics(this.jdbc).analyzeIfOutgrown(TableStatistics.TALLY, "SELECT last_value FROM tally_id_seq",
				TableStatistics.MESA);
		return counts;
	}

	/**
	 * What {@link #apply} would do, without writing anything but temporary tables: the counts, and
	 * the first corrections with their old and new numbers.
	 */
	Plan plan(int electionId, Set<Ballot> ballots, boolean snapshot, int maxCorrections) {
		MergeCounts counts = classify(electionId, ballots, snapshot);
		List<Correction> corrections = this.jdbc.sql("""
				SELECT c.mesa_code, c.ballot,
				       o.registered, o.votes, o.valid, o.blank, o.null_votes, o.emitted,
				       c.registered, c.votes, c.valid, c.blank, c.null_votes, c.emitted
				FROM tally_change c JOIN tally o ON o.id = c.old_id
				WHERE c.kind = 'C'
				ORDER BY c.mesa_code, c.ballot
				LIMIT :limit""")
			.param("limit", maxCorrections)
			.query((rs, row) -> new Correction(rs.getInt(1), Ballot.valueOf(rs.getString(2)),
					ActaNumbers.read(rs, 3), ActaNumbers.read(rs, 9)))
			.list();
		return new Plan(counts, corrections);
	}

	/**
	 * What a dry run found.
	 *
	 * @param counts the tallies it would insert, correct, leave and withdraw
	 * @param corrections the first corrections, old and new numbers
	 */
	record Plan(MergeCounts counts, List<Correction> corrections) {

	}

	/** Classifies the staged rows against the current tallies (temporary tables) and counts them. */
	private MergeCounts classify(int electionId, Set<Ballot> ballots, boolean snapshot) {
		this.jdbc.sql(CLASSIFY).param("election", electionId).update();
		if (snapshot && !ballots.isEmpty()) {
			List<String> names = new ArrayList<>();
			ballots.forEach((ballot) -> names.add(ballot.name()));
			this.jdbc.sql(WITHDRAWALS).param("election", electionId).param("ballots", names).update();
		}
		else {
			this.jdbc.sql(NO_WITHDRAWALS).update();
		}
		// Only the columns later statements filter and join on (see UploadService).
		this.jdbc.sql("ANALYZE tally_change (mesa_code, ballot, kind, old_id)").update();
		MergeCounts counts = this.jdbc
			.sql("""
					SELECT count(*) FILTER (WHERE kind = 'I'), count(*) FILTER (WHERE kind = 'C'),
					       count(*) FILTER (WHERE kind = 'U'), (SELECT count(*) FROM tally_withdrawal),
					       count(*) FILTER (WHERE renamed)
					FROM tally_change""")
			.query((rs, row) -> new MergeCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), 0,
					rs.getInt(5)))
			.single();
		return counts;
	}

	/** The area-name columns of AreaTotalsUpdater as a row value of the given table alias. */
	private static String areaNames(String alias) {
		return AreaTotalsUpdater.NAME_COLUMNS.stream()
			.map((column) -> alias + "." + column)
			.collect(Collectors.joining(", ", "(", ")"));
	}

	/**
	 * What an upload did to the current tallies.
	 *
	 * @param inserted tallies for a mesa and ballot that had none current
	 * @param corrected tallies whose numbers changed: a new version
	 * @param unchanged tallies identical to the current ones
	 * @param withdrawn current tallies absent from a snapshot, taken out of the totals
	 * @param mesasWritten mesas added, or whose names or number the file corrected
	 * @param renamedRows rows of the file whose stored mesa it gives other names of the areas the
	 * aggregates show
	 */
	record MergeCounts(int inserted, int corrected, int unchanged, int withdrawn, int mesasWritten,
			int renamedRows) {

		boolean changesAnything() {
			return movesAggregates() || this.mesasWritten > 0;
		}

		/** Whether any current tally changed: the count moved. */
		boolean movesTallies() {
			return this.inserted + this.corrected + this.withdrawn > 0;
		}

		/** Whether the aggregates change: numbers moved, or names they show. */
		boolean movesAggregates() {
			return movesTallies() || this.renamedRows > 0;
		}

		MergeCounts withMesasWritten(int mesas) {
			return new MergeCounts(this.inserted, this.corrected, this.unchanged, this.withdrawn, mesas,
					this.renamedRows);
		}

	}

}
