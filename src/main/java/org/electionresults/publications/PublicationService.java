package org.electionresults.publications;

import org.jspecify.annotations.Nullable;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.electionresults.election.ElectionCatalogService;
import org.electionresults.election.ElectionCatalog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads publications: the chain, one manifest's bytes, and one per-mesa file rebuilt from the
 * versioned tallies. Lists are meant to be called through {@code SnapshotReader}; a file download
 * runs in a read-only transaction of its own (a past publication does not change with the data
 * version).
 */
@Service
public class PublicationService {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final ElectionCatalogService catalogs;

	private final PerMesaFileWriter writer;

	private final TransactionTemplate readOnly;

	PublicationService(JdbcClient jdbc, ElectionCatalogService catalogs, DataSource dataSource,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
		this.writer = new PerMesaFileWriter(dataSource);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
		this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/** Every publication, newest first. */
	public List<Publication> chain() {
		return this.jdbc
			.sql("SELECT number, committed_at, sha256, previous, manifest FROM publication WHERE election_id = ? ORDER BY number DESC")
			.param(electionId())
			.query(PublicationService::publication)
			.list();
	}

	public Optional<Publication> latest() {
		return this.jdbc.sql("""
				SELECT number, committed_at, sha256, previous, manifest FROM publication
				WHERE election_id = ? ORDER BY number DESC LIMIT 1""")
			.param(electionId())
			.query(PublicationService::publication)
			.optional();
	}

	public int latestNumber() {
		return this.jdbc.sql("SELECT max(number) FROM publication WHERE election_id = ?")
			.param(electionId())
			.query(Integer.class)
			.single();
	}

	/** A manifest's bytes, exactly as written at commit, and their SHA-256. */
	public Optional<StoredManifest> manifest(int number) {
		return this.jdbc.sql("SELECT manifest, sha256 FROM publication WHERE election_id = ? AND number = ?")
			.params(electionId(), number)
			.query((rs, row) -> new StoredManifest(rs.getBytes(1), rs.getString(2)))
			.optional();
	}

	/** The digest a publication's manifest records for one of its files. */
	public Optional<FileDigest> recorded(int number, String fileName) {
		return this.jdbc
			.sql("SELECT number, committed_at, sha256, previous, manifest FROM publication WHERE election_id = ? AND number = ?")
			.params(electionId(), number)
			.query(PublicationService::publication)
			.optional()
			.flatMap((publication) -> publication.files().stream().filter((file) -> file.name().equals(fileName)).findFirst());
	}

	/**
	 * Rebuilds one per-mesa file of a publication into {@code out}, in one read-only snapshot, and
	 * returns the digest of what was written (which a verifier compares with the manifest's).
	 */
	public FileDigest writeFile(int number, String fileName, OutputStream out) {
		PerMesaFile file = PerMesaFile.named(fileName).orElseThrow();
		ElectionCatalog election = this.catalogs.current();
		return this.readOnly.execute((status) -> {
			long asOf = this.jdbc
				.sql("SELECT coalesce(upload_id, 0) FROM publication WHERE election_id = ? AND number = ?")
				.params(election.id(), number)
				.query(Long.class)
				.single();
			return this.writer.write(election.id(), asOf, file, election.parties(), out);
		});
	}

	static boolean isFileName(String fileName) {
		return PerMesaFile.named(fileName).isPresent();
	}

	private int electionId() {
		return this.catalogs.current().id();
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asString();
	}

	private static Publication publication(ResultSet rs, int row) throws SQLException {
		JsonNode manifest = JSON.readTree(rs.getBytes("manifest"));
		JsonNode upload = manifest.get("upload");
		Manifest.UploadRef uploadRef = (upload == null || upload.isNull()) ? null
				: new Manifest.UploadRef(upload.get("id").asLong(), text(upload.get("fileName")),
						text(upload.get("sha256")), upload.get("snapshot").asBoolean(),
						upload.has("reverts") ? upload.get("reverts").asLong() : null);
		List<FileDigest> files = new ArrayList<>();
		for (JsonNode file : manifest.get("files")) {
			files.add(new FileDigest(file.get("name").asString(), file.get("sha256").asString(),
					file.get("bytes").asLong(), file.get("rows").asLong()));
		}
		Map<String, Manifest.Changes> changes = new LinkedHashMap<>();
		manifest.get("changes")
			.properties()
			.forEach((entry) -> changes.put(entry.getKey(), new Manifest.Changes(entry.getValue().get("inserted").asLong(),
					entry.getValue().get("corrected").asLong(), entry.getValue().get("withdrawn").asLong())));
		JsonNode president = manifest.get("president");
		Map<String, Long> votes = new LinkedHashMap<>();
		president.get("votes").properties().forEach((entry) -> votes.put(entry.getKey(), entry.getValue().asLong()));
		Manifest.NationalTotals totals = new Manifest.NationalTotals(president.get("mesas").asLong(),
				president.get("registered").asLong(), president.get("emitted").asLong(),
				president.get("valid").asLong(), president.get("blank").asLong(), president.get("null").asLong(), votes);
		Instant committedAt = rs.getTimestamp("committed_at").toInstant();
		return new Publication(rs.getInt("number"), committedAt, rs.getString("sha256"), rs.getString("previous"),
				uploadRef, files, changes, totals);
	}

	/**
	 * A manifest as stored.
	 *
	 * @param bytes the bytes written at commit
	 * @param sha256 their SHA-256, the publication's identity
	 */
	public record StoredManifest(byte[] bytes, String sha256) {

	}

}
