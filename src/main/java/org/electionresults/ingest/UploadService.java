package org.electionresults.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.electionresults.audit.AuditAction;
import org.electionresults.audit.AuditLog;
import org.electionresults.audit.AuditRecord;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a tally file from an administrator and applies it all-or-nothing: it is read and checked
 * into a staging table, then, holding the election's lock so that uploads land one after the other,
 * merged into the tallies and the aggregates in one transaction. A rejected or duplicate file
 * changes nothing but the audit trail.
 */
@Service
public class UploadService {

	private static final Logger logger = LoggerFactory.getLogger(UploadService.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ElectionCatalogService catalogs;

	private final UploadStore uploads;

	private final IngestProperties properties;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	public UploadService(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactionManager,
			ElectionCatalogService catalogs, UploadStore uploads, IngestProperties properties,
			ApplicationEventPublisher events, AuditLog audit) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.catalogs = catalogs;
		this.uploads = uploads;
		this.properties = properties;
		this.events = events;
		this.audit = audit;
	}

	/** Reads, checks and applies one file; returns the report of what happened. */
	public UploadReport ingest(UploadAttempt attempt) {
		ElectionCatalog election = this.catalogs.current();
		Outcome outcome = this.transactions.execute((status) -> {
			Outcome result = apply(election, attempt);
			if (result.status() != UploadStatus.COMMITTED) {
				status.setRollbackOnly();
			}
			else {
				audit(attempt, result.uploadId(), result);
			}
			return result;
		});
		long id = switch (outcome.status()) {
			case COMMITTED -> outcome.uploadId();
			case DUPLICATE -> recordDuplicate(election.id(), attempt, outcome);
			case REJECTED -> recordRejection(election.id(), attempt, outcome);
		};
		logger.info("Upload {} of '{}' ({} bytes, sha256 {}) by {}: {}", id, attempt.fileName(), attempt.sizeBytes(),
				attempt.sha256(), attempt.uploadedBy(), outcome.status());
		return this.uploads.find(election.id(), id).orElseThrow();
	}

	public List<UploadReport> history() {
		return this.uploads.history(this.catalogs.current().id(), this.properties.historySize());
	}

	public Optional<UploadReport> find(long id) {
		return this.uploads.find(this.catalogs.current().id(), id);
	}

	public List<Correction> corrections(long id) {
		return this.uploads.corrections(id);
	}

	public Optional<InputStream> file(long id) {
		return find(id).flatMap((report) -> this.uploads.file(report.id()));
	}

	private long recordDuplicate(int electionId, UploadAttempt attempt, Outcome outcome) {
		return this.transactions.execute((status) -> {
			long id = this.uploads.insert(electionId, attempt, UploadStatus.DUPLICATE, outcome.format(),
					ProblemList.none(), outcome.warnings(), outcome.rows(), outcome.uploadId());
			audit(attempt, id, outcome);
			return id;
		});
	}

	/** The upload's own transaction rolled back; this one keeps the attempt and its audit entry. */
	private long recordRejection(int electionId, UploadAttempt attempt, Outcome outcome) {
		return this.transactions.execute((status) -> {
			long id = this.uploads.insert(electionId, attempt, UploadStatus.REJECTED, outcome.format(),
					outcome.errors(), outcome.warnings(), outcome.rows(), null);
			this.uploads.storeFile(id, attempt.file());
			audit(attempt, id, outcome);
			return id;
		});
	}

	/** The audit entry of an upload, in the transaction that records it. */
	private void audit(UploadAttempt attempt, long uploadId, Outcome outcome) {
		StringBuilder detail = new StringBuilder("status=").append(outcome.status())
			.append(" rows=")
			.append(outcome.rows());
		if (outcome.status() == UploadStatus.REJECTED) {
			detail.append(" errors=").append(outcome.errors().total());
		}
		if (outcome.status() == UploadStatus.DUPLICATE) {
			detail.append(" duplicateOf=").append(outcome.uploadId());
		}
		detail.append(" snapshot=").append(attempt.snapshot())
			.append(" sha256=")
			.append(attempt.sha256())
			.append(" file=")
			.append(attempt.fileName());
		this.audit.record(AuditRecord.of(AuditAction.UPLOAD, outcome.status() != UploadStatus.REJECTED)
			.by(attempt.uploadedBy())
			.on("upload:" + uploadId)
			.detail(detail.toString()));
	}

	private Outcome apply(ElectionCatalog election, UploadAttempt attempt) {
		int cap = this.properties.maxReportedProblems();
		TallyFileReader reader = new TallyFileReader(election, cap);
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		ReadReport read;
		try (StagingTable staging = StagingTable.open(connection)) {
			read = reader.read(attempt.file(), attempt.fileName(), staging::add);
			staging.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			// Translated so that a lost database reads as unavailable (503), not as a bug.
			throw new SQLStateSQLExceptionTranslator().translate("stage the upload", null, ex);
		}
		String format = describe(read.format());
		ProblemList warnings = new ProblemList(read.warnings(), read.warningCount());
		ProblemList errors = new ProblemList(read.errors(), read.errorCount());
		// Statistics of the columns the checks and the merge join and group on only: all 25 columns
		// took about 8 times longer (230 ms against 30 ms for a national file) for the same plans.
		this.jdbc.sql("ANALYZE " + StagingTable.NAME + " (mesa_code, ballot)").update();
		errors = errors.plus(new StagingChecks(this.jdbc, election.id()).problems(cap), cap);
		if (!errors.isEmpty()) {
			return Outcome.rejected(format, errors, warnings, read.rows());
		}
		// From here on one upload at a time per election: the merge must see the previous commit.
		this.jdbc.sql("SELECT id FROM election WHERE id = ? FOR UPDATE").param(election.id()).query(Integer.class).single();
		Optional<Long> earlier = this.uploads.committedWithSha256(election.id(), attempt.sha256());
		if (earlier.isPresent()) {
			return new Outcome(UploadStatus.DUPLICATE, earlier.get(), format, ProblemList.none(), warnings, read.rows());
		}
		long uploadId = this.uploads.insert(election.id(), attempt, UploadStatus.COMMITTED, format, errors, warnings,
				read.rows(), null);
		this.uploads.storeFile(uploadId, attempt.file());
		TallyMerge.MergeCounts counts = new TallyMerge(this.jdbc).apply(election.id(), uploadId, read.ballots(),
				attempt.snapshot());
		Long dataVersion = null;
		if (counts.changesAnything()) {
			if (counts.movesAggregates()) {
				new AreaTotalsUpdater(this.jdbc, election.parties().size()).apply(election.id());
			}
			dataVersion = this.jdbc
				.sql("UPDATE election SET data_version = data_version + 1, updated_at = now() WHERE id = ? RETURNING data_version")
				.param(election.id())
				.query(Long.class)
				.single();
			if (counts.movesTallies()) {
				// A point of the count timeline; a file that only renames places does not move the count.
				this.jdbc.sql("""
						INSERT INTO count_point (upload_id, election_id, recorded_at, mesas, registered, emitted, votes)
						SELECT :upload, :election, now(), mesas, registered, emitted, votes FROM area_total
						WHERE election_id = :election AND ballot = 'PRESIDENT' AND level = 'NATIONAL'""")
					.param("upload", uploadId)
					.param("election", election.id())
					.update();
			}
			this.events.publishEvent(new UploadCommitted(uploadId, dataVersion));
		}
		this.uploads.recordCounts(uploadId, counts, dataVersion);
		return new Outcome(UploadStatus.COMMITTED, uploadId, format, errors, warnings, read.rows());
	}

	private static String describe(FileFormat format) {
		if (format == null) {
			return null;
		}
		StringBuilder text = new StringBuilder(format.kind());
		if (format.charset() != null) {
			text.append(' ').append(format.charset());
		}
		if (format.delimiter() != null) {
			text.append(" '").append(format.delimiter()).append('\'');
		}
		return text.toString();
	}

	private record Outcome(UploadStatus status, Long uploadId, String format, ProblemList errors,
			ProblemList warnings, int rows) {

		static Outcome rejected(String format, ProblemList errors, ProblemList warnings, int rows) {
			return new Outcome(UploadStatus.REJECTED, null, format, errors, warnings, rows);
		}

	}

}
