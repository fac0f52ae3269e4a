package org.electionresults.publications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalogService;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalog.PartyInfo;
import org.electionresults.ingest.UploadCommitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes every committed upload a publication, inside the upload's transaction (a synchronous
 * listener of {@link UploadCommitted}, published before the commit): the upload lands with its
 * publication or not at all. Hashing the three per-mesa files of the new state is what it costs.
 */
@Component
class PublicationRecorder {

	private static final Logger logger = LoggerFactory.getLogger(PublicationRecorder.class);

	private final JdbcClient jdbc;

	private final PerMesaFileWriter files;

	private final ElectionCatalogService catalogs;

	PublicationRecorder(JdbcClient jdbc, DataSource dataSource, ElectionCatalogService catalogs) {
		this.jdbc = jdbc;
		this.files = new PerMesaFileWriter(dataSource);
		this.catalogs = catalogs;
	}

	@EventListener
	void uploadCommitted(UploadCommitted event) {
		record(event.uploadId());
	}

	Manifest record(long uploadId) {
		long started = System.nanoTime();
		ElectionCatalog election = this.catalogs.current();
		int electionId = election.id();
		// The mesa_history triggers name the upload; a row written some other way is stamped with this one.
		this.jdbc.sql("UPDATE mesa_history SET upload_id = ? WHERE election_id = ? AND upload_id IS NULL")
			.params(uploadId, electionId)
			.update();
		Previous previous = this.jdbc
			.sql("SELECT number, sha256 FROM publication WHERE election_id = ? ORDER BY number DESC LIMIT 1")
			.param(electionId)
			.query((rs, row) -> new Previous(rs.getInt(1), rs.getString(2)))
			.single();
		Manifest.UploadRef upload = this.jdbc.sql("SELECT id, file_name, sha256, snapshot, reverts FROM upload WHERE id = ?")
			.param(uploadId)
			.query((rs, row) -> new Manifest.UploadRef(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getBoolean(4), rs.getObject(5, Long.class)))
			.single();
		Instant committedAt = this.jdbc.sql("SELECT date_trunc('milliseconds', now())")
			.query(Timestamp.class)
			.single()
			.toInstant();
		long digestsStarted = System.nanoTime();
		List<FileDigest> digests = new ArrayList<>();
		for (PerMesaFile file : PerMesaFile.values()) {
			digests.add(this.files.digestOfCurrent(electionId, uploadId, file, election.parties()));
		}
		long digestsMs = (System.nanoTime() - digestsStarted) / 1_000_000;
		Map<String, Manifest.Changes> changes = changes(electionId, uploadId);
		Manifest manifest = new Manifest(election.code(), previous.number() + 1, committedAt, upload,
				previous.sha256(), digests, changes, president(electionId, election.parties()));
		byte[] bytes = manifest.toJson();
		this.jdbc.sql("""
				INSERT INTO publication (election_id, number, upload_id, committed_at, manifest, sha256, previous, changes)
				VALUES (:election, :number, :upload, :at, :manifest, encode(sha256(:manifest), 'hex'), :previous,
				        CAST(:changes AS jsonb))""")
			.param("election", electionId)
			.param("number", manifest.number())
			.param("upload", uploadId)
			.param("at", Timestamp.from(committedAt))
			.param("manifest", bytes)
			.param("previous", previous.sha256())
			.param("changes", changesJson(changes))
			.update();
		// The figure bench/publications.sh reports: what the publication adds to an upload.
		logger.info("Publication {} of upload {} recorded in {} ms ({} rows hashed in {} ms)", manifest.number(), uploadId,
				(System.nanoTime() - started) / 1_000_000, digests.stream().mapToLong(FileDigest::rows).sum(), digestsMs);
		return manifest;
	}

	// A correction supersedes the current version it corrects: new versions less corrections are inserts.
	private Map<String, Manifest.Changes> changes(int electionId, long uploadId) {
		Map<String, Manifest.Changes> changes = new LinkedHashMap<>();
		for (Ballot ballot : Ballot.values()) {
			changes.put(ballot.name(), new Manifest.Changes(0, 0, 0));
		}
		this.jdbc.sql("""
				SELECT ballot,
				       count(*) FILTER (WHERE upload_id = :upload),
				       count(*) FILTER (WHERE replaced_by = :upload AND status = 'SUPERSEDED'),
				       count(*) FILTER (WHERE replaced_by = :upload AND status = 'WITHDRAWN')
				FROM tally WHERE election_id = :election AND (upload_id = :upload OR replaced_by = :upload)
				GROUP BY ballot""")
			.param("upload", uploadId)
			.param("election", electionId)
			.query((rs, row) -> Map.entry(rs.getString(1),
					new Manifest.Changes(rs.getLong(2) - rs.getLong(3), rs.getLong(3), rs.getLong(4))))
			.list()
			.forEach((entry) -> changes.put(entry.getKey(), entry.getValue()));
		return changes;
	}

	private Manifest.NationalTotals president(int electionId, List<PartyInfo> parties) {
		List<PartyInfo> columns = PerMesaFile.PRESIDENT.parties(parties);
		return this.jdbc.sql("""
				SELECT mesas, registered, emitted, valid, blank, null_votes, votes FROM area_total
				WHERE election_id = ? AND ballot = 'PRESIDENT' AND level = 'NATIONAL'""")
			.param(electionId)
			.query((rs, row) -> {
				Long[] votes = (Long[]) rs.getArray(7).getArray();
				Map<String, Long> byParty = new LinkedHashMap<>();
				columns.forEach((party) -> byParty.put(party.code(),
						(party.position() <= votes.length && votes[party.position() - 1] != null)
								? votes[party.position() - 1] : 0L));
				return new Manifest.NationalTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
						rs.getLong(5), rs.getLong(6), byParty);
			})
			.optional()
			.orElseGet(() -> {
				Map<String, Long> none = new LinkedHashMap<>();
				columns.forEach((party) -> none.put(party.code(), 0L));
				return new Manifest.NationalTotals(0, 0, 0, 0, 0, 0, none);
			});
	}

	private static String changesJson(Map<String, Manifest.Changes> changes) {
		StringBuilder json = new StringBuilder("{");
		changes.forEach((ballot, change) -> json.append(json.length() > 1 ? ", " : "")
			.append(Manifest.string(ballot))
			.append(": {\"inserted\": ")
			.append(change.inserted())
			.append(", \"corrected\": ")
			.append(change.corrected())
			.append(", \"withdrawn\": ")
			.append(change.withdrawn())
			.append('}'));
		return json.append('}').toString();
	}

	private record Previous(int number, String sha256) {

	}

}
