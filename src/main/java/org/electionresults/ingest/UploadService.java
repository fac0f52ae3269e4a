package org.electionresults.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.electionresults.audit.AuditAction;
import org.electionresults.audit.AuditLog;
import org.electionresults.audit.AuditRecord;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.jspecify.annotations.Nullable;
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

	private final UploadProgress progress;

	private final AuditLog audit;

	public UploadService(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactionManager,
			ElectionCatalogService catalogs, UploadStore uploads, IngestProperties properties,
			ApplicationEventPublisher events, UploadProgress progress, AuditLog audit) {
		this.progress = progress;
		this.audit = audit;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.catalogs = catalogs;
		this.uploads = uploads;
		this.properties = properties;
		this.events = events;
	}

	/** Reads, checks and applies one file; returns the report of what happened. */
	public UploadReport ingest(UploadAttempt attempt) {
		return ingest(attempt, false);
	}

	/**
	 * Reads, checks and applies one file, or for a dry run reads, checks and merges it, then rolls
	 * everything back and records what it would have done.
	 */
	public UploadReport ingest(UploadAttempt attempt, boolean dryRun) {
		return run(begin(UploadStage.READING), attempt, dryRun);
	}

	/**
	 * Reserves the id of an upload about to start, so that a client can follow it from now on
	 * ({@link UploadProgress}); {@link #run} or {@link #revert} with that id must follow.
	 */
	public long begin() {
		return begin(UploadStage.READING);
	}

	private long begin(UploadStage first) {
		long id = this.uploads.reserveId();
		this.progress.start(id, first);
		return id;
	}

	/** Runs an upload begun with {@link #begin()}. */
	public UploadReport run(long id, UploadAttempt attempt, boolean dryRun) {
		UploadProgress.Tracker tracker = this.progress.running(id, UploadStage.READING);
		try {
			return runTracked(tracker, attempt, dryRun);
		}
		catch (RuntimeException ex) {
			tracker.fail();
			throw ex;
		}
		finally {
			this.progress.finish(tracker);
		}
	}

	private UploadReport runTracked(UploadProgress.Tracker tracker, UploadAttempt attempt, boolean dryRun) {
		long id = tracker.id();
		ElectionCatalog election = this.catalogs.current();
		UploadKind kind = dryRun ? UploadKind.CHECK : UploadKind.FILE;
		Outcome outcome = this.transactions.execute((status) -> {
			Outcome result = apply(election, attempt, tracker, dryRun);
			if (result.status() != UploadStatus.COMMITTED) {
				status.setRollbackOnly();
			}
			else {
				audit(AuditAction.UPLOAD, attempt, id, result);
			}
			return result;
		});
		switch (outcome.status()) {
			case DUPLICATE -> this.transactions.executeWithoutResult((status) -> {
				this.uploads.insert(id, election.id(), attempt, kind, UploadStatus.DUPLICATE, outcome.format(),
						ProblemList.none(), outcome.warnings(), outcome.rows(), outcome.duplicateOf());
				audit(dryRun ? AuditAction.DRY_RUN : AuditAction.UPLOAD, attempt, id, outcome);
			});
			case REJECTED -> recordRejection(id, election.id(), attempt, kind, outcome);
			case CHECKED -> recordCheck(id, election.id(), attempt, outcome);
			default -> {
			}
		}
		logger.info("Upload {} of '{}' ({} bytes, sha256 {}) by {}: {}{}", id, attempt.fileName(), attempt.sizeBytes(),
				attempt.sha256(), attempt.uploadedBy(), outcome.status(), dryRun ? " (dry run)" : "");
		return this.uploads.find(election.id(), id).orElseThrow();
	}

	/**
	 * Reverts a committed upload, as a commit of its own: the actas it inserted are withdrawn, the
	 * ones it corrected or withdrew get back the numbers they had before it, the aggregates follow in
	 * the same transaction and {@link UploadCommitted} is published. A revert can be reverted.
	 * @throws RevertRefusedException when it cannot be, for example because a later upload changed
	 * some of the same actas; nothing is changed then
	 */
	public UploadReport revert(long uploadId, String user) {
		long id = begin(UploadStage.MERGING);
		UploadProgress.Tracker tracker = this.progress.running(id, UploadStage.MERGING);
		ElectionCatalog election = this.catalogs.current();
		try {
			this.transactions.executeWithoutResult((status) -> {
				applyRevert(election, uploadId, id, user, tracker);
				this.audit.record(AuditRecord.success(AuditAction.REVERT)
					.by(user)
					.on("upload:" + uploadId)
					.detail("revert=" + id));
			});
		}
		catch (RevertRefusedException ex) {
			tracker.fail();
			this.transactions.executeWithoutResult((status) -> this.audit.record(AuditRecord
				.failure(AuditAction.REVERT)
				.by(user)
				.on("upload:" + uploadId)
				.detail("reason=" + ex.reason())));
			throw ex;
		}
		catch (RuntimeException ex) {
			tracker.fail();
			throw ex;
		}
		finally {
			this.progress.finish(tracker);
		}
		logger.info("Upload {} by {}: revert of upload {}", id, user, uploadId);
		return this.uploads.find(election.id(), id).orElseThrow();
	}

	private void applyRevert(ElectionCatalog election, long targetId, long id, String user,
			UploadProgress.Tracker tracker) {
		useUploadMemory();
		lockElection(election);
		UploadReport target = this.uploads.find(election.id(), targetId)
			.filter((report) -> report.status() == UploadStatus.COMMITTED)
			.orElseThrow(() -> RevertRefusedException.because(targetId, RevertRefusedException.Reason.NOT_COMMITTED));
		if (target.revertedBy() != null) {
			throw RevertRefusedException.because(targetId, RevertRefusedException.Reason.ALREADY_REVERTED);
		}
		TallyRevert revert = new TallyRevert(this.jdbc);
		List<TallyRevert.Conflict> conflicts = revert.prepare(election.id(), targetId);
		if (!conflicts.isEmpty()) {
			List<Long> later = conflicts.stream()
				.map(TallyRevert.Conflict::laterUpload)
				.filter(Objects::nonNull)
				.distinct()
				.sorted()
				.toList();
			List<Integer> mesas = conflicts.stream().map(TallyRevert.Conflict::mesaCode).distinct().limit(10).toList();
			throw new RevertRefusedException(targetId, RevertRefusedException.Reason.LATER_CHANGES, conflicts.size(),
					later, mesas);
		}
		this.uploads.insertRevert(id, election.id(), targetId, user);
		TallyMerge.MergeCounts counts = revert.apply(election.id(), id);
		if (!counts.movesTallies()) {
			throw RevertRefusedException.because(targetId, RevertRefusedException.Reason.NOTHING_TO_REVERT);
		}
		tracker.stage(UploadStage.AGGREGATES);
		new AreaTotalsUpdater(this.jdbc, election.parties().size()).apply(election.id());
		tracker.stage(UploadStage.COMMITTING);
		Long dataVersion = commitVersion(election, id, counts);
		this.uploads.markReverted(targetId, id);
		if (target.kind() == UploadKind.REVERT && target.reverts() != null) {
			// Reverting a revert puts the upload it had undone back in effect.
			this.uploads.markReverted(target.reverts(), null);
		}
		this.uploads.recordCounts(id, counts, dataVersion);
	}

	public List<UploadReport> history() {
		return this.uploads.history(this.catalogs.current().id(), this.properties.historySize());
	}

	public Optional<UploadReport> find(long id) {
		return this.uploads.find(this.catalogs.current().id(), id);
	}

	/** The corrections an upload made, or for a dry run the first ones it would have made. */
	public List<Correction> corrections(long id) {
		return find(id).filter((report) -> report.kind() == UploadKind.CHECK)
			.map(UploadReport::plannedCorrections)
			.orElseGet(() -> this.uploads.corrections(id));
	}

	public Optional<InputStream> file(long id) {
		return find(id).flatMap((report) -> this.uploads.file(report.id()));
	}

	/**
	 * The dry run of a file, recording nothing: fingerprinted, then {@link #apply}'s dry run (read into
	 * a staging table, checked, compared with the current tallies), rolled back; no lock is taken.
	 * Run at start-up on a built-in file, so that the first real upload after a start does not pay
	 * for the warm-up (JIT compilation) of the code it shares with this.
	 */
	void warmUp(Path file, String fileName) throws IOException {
		ElectionCatalog election = this.catalogs.current();
		UploadAttempt attempt = UploadAttempt.of(file, fileName, true, "warm-up");
		Outcome outcome = this.transactions.execute((status) -> {
			status.setRollbackOnly();
			return apply(election, attempt, new UploadProgress.Tracker(0, UploadStage.READING), true);
		});
		if (outcome.status() == UploadStatus.REJECTED) {
			logger.warn("The warm-up file {} has {} errors", fileName, outcome.errors().total());
		}
	}

	private long recordRejection(long id, int electionId, UploadAttempt attempt, UploadKind kind, Outcome outcome) {
		return this.transactions.execute((status) -> {
			this.uploads.insert(id, electionId, attempt, kind, UploadStatus.REJECTED, outcome.format(),
					outcome.errors(), outcome.warnings(), outcome.rows(), null);
			this.uploads.storeFile(id, attempt.file());
			audit(kind == UploadKind.CHECK ? AuditAction.DRY_RUN : AuditAction.UPLOAD, attempt, id, outcome);
			return id;
		});
	}

	private void recordCheck(long id, int electionId, UploadAttempt attempt, Outcome outcome) {
		this.transactions.executeWithoutResult((status) -> {
			this.uploads.insert(id, electionId, attempt, UploadKind.CHECK, UploadStatus.CHECKED, outcome.format(),
					ProblemList.none(), outcome.warnings(), outcome.rows(), outcome.duplicateOf());
			this.uploads.recordPlan(id, outcome.plan().counts(), outcome.plan().corrections());
			this.uploads.storeFile(id, attempt.file());
			audit(AuditAction.DRY_RUN, attempt, id, outcome);
		});
	}

	/** The audit entry of an upload or a dry run, in the transaction that records it. */
	private void audit(AuditAction action, UploadAttempt attempt, long uploadId, Outcome outcome) {
		StringBuilder detail = new StringBuilder("status=").append(outcome.status())
			.append(" rows=")
			.append(outcome.rows());
		if (outcome.status() == UploadStatus.REJECTED) {
			detail.append(" errors=").append(outcome.errors().total());
		}
		if (outcome.status() == UploadStatus.DUPLICATE) {
			detail.append(" duplicateOf=").append(outcome.duplicateOf());
		}
		detail.append(" snapshot=")
			.append(attempt.snapshot())
			.append(" sha256=")
			.append(attempt.sha256())
			.append(" file=")
			.append(attempt.fileName());
		this.audit.record(AuditRecord.of(action, outcome.status() != UploadStatus.REJECTED)
			.by(attempt.uploadedBy())
			.on("upload:" + uploadId)
			.detail(detail.toString()));
	}

	private ReadReport stage(ElectionCatalog election, UploadAttempt attempt, UploadProgress.Tracker tracker) {
		int cap = this.properties.maxReportedProblems();
		TallyFileReader reader = new TallyFileReader(election, cap);
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try (StagingTable staging = StagingTable.open(connection)) {
			int[] rows = { 0 };
			ReadReport read = reader.read(attempt.file(), attempt.fileName(), (row) -> {
				staging.add(row);
				if ((++rows[0] & 1023) == 0) {
					tracker.rows(rows[0]);
				}
			});
			staging.finish();
			tracker.rows(rows[0]);
			return read;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			// Translated so that a lost database reads as unavailable (503), not as a bug.
			throw new SQLStateSQLExceptionTranslator().translate("stage the upload", null, ex);
		}
	}

	private Outcome apply(ElectionCatalog election, UploadAttempt attempt, UploadProgress.Tracker tracker,
			boolean dryRun) {
		int cap = this.properties.maxReportedProblems();
		useUploadMemory();
		ReadReport read = stage(election, attempt, tracker);
		tracker.stage(UploadStage.STAGING);
		String format = describe(read.format());
		ProblemList warnings = new ProblemList(read.warnings(), read.warningCount());
		ProblemList errors = new ProblemList(read.errors(), read.errorCount());
		// Statistics of the columns the checks and the merge join and group on only: all 25 columns
		// took about 8 times longer (230 ms against 30 ms for a national file) for the same plans.
		this.jdbc.sql("ANALYZE " + StagingTable.NAME + " (mesa_code, ballot)").update();
		errors = errors.plus(new StagingChecks(this.jdbc, election.id()).problems(cap), cap);
		if (!errors.isEmpty()) {
			tracker.stage(UploadStage.COMMITTING);
			return Outcome.rejected(format, errors, warnings, read.rows());
		}
		if (dryRun) {
			// No lock: a dry run compares with the last commit and never waits for an upload.
			tracker.stage(UploadStage.MERGING);
			Optional<Long> earlier = this.uploads.committedWithSha256(election.id(), attempt.sha256());
			TallyMerge.Plan plan = new TallyMerge(this.jdbc).plan(election.id(), read.ballots(), attempt.snapshot(),
					cap);
			tracker.stage(UploadStage.COMMITTING);
			return new Outcome(UploadStatus.CHECKED, earlier.orElse(null), format, ProblemList.none(), warnings,
					read.rows(), plan);
		}
		lockElection(election);
		Optional<Long> earlier = this.uploads.committedWithSha256(election.id(), attempt.sha256());
		if (earlier.isPresent()) {
			tracker.stage(UploadStage.COMMITTING);
			return new Outcome(UploadStatus.DUPLICATE, earlier.get(), format, ProblemList.none(), warnings,
					read.rows(), null);
		}
		tracker.stage(UploadStage.MERGING);
		long uploadId = this.uploads.insert(tracker.id(), election.id(), attempt, UploadKind.FILE,
				UploadStatus.COMMITTED, format, errors, warnings, read.rows(), null);
		this.uploads.storeFile(uploadId, attempt.file());
		TallyMerge.MergeCounts counts = new TallyMerge(this.jdbc).apply(election.id(), uploadId, read.ballots(),
				attempt.snapshot());
		Long dataVersion = null;
		if (counts.changesAnything()) {
			tracker.stage(UploadStage.AGGREGATES);
			if (counts.movesAggregates()) {
				new AreaTotalsUpdater(this.jdbc, election.parties().size()).apply(election.id());
			}
			tracker.stage(UploadStage.COMMITTING);
			dataVersion = commitVersion(election, uploadId, counts);
		}
		tracker.stage(UploadStage.COMMITTING);
		this.uploads.recordCounts(uploadId, counts, dataVersion);
		return new Outcome(UploadStatus.COMMITTED, null, format, errors, warnings, read.rows(), null);
	}

	/** The memory of the sorts and hashes of this transaction only ({@link IngestProperties#workMem()}). */
	private void useUploadMemory() {
		this.jdbc.sql("SELECT set_config('work_mem', ?, true)").param(this.properties.workMem()).query(String.class).single();
	}

	/** From here on one upload at a time per election: the merge must see the previous commit. */
	private void lockElection(ElectionCatalog election) {
		this.jdbc.sql("SELECT id FROM election WHERE id = ? FOR UPDATE").param(election.id()).query(Integer.class).single();
	}

	/**
	 * Bumps the data version, records a point of the count timeline when the count moved, and
	 * publishes {@link UploadCommitted} inside the transaction.
	 */
	private long commitVersion(ElectionCatalog election, long uploadId, TallyMerge.MergeCounts counts) {
		long dataVersion = this.jdbc
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
		return dataVersion;
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

	/**
	 * How the transaction of an upload ended.
	 *
	 * @param duplicateOf the committed upload with the same bytes, if any
	 * @param plan for a dry run, what it would do
	 */
	private record Outcome(UploadStatus status, @Nullable Long duplicateOf, @Nullable String format,
			ProblemList errors, ProblemList warnings, int rows, TallyMerge.@Nullable Plan plan) {

		static Outcome rejected(@Nullable String format, ProblemList errors, ProblemList warnings, int rows) {
			return new Outcome(UploadStatus.REJECTED, null, format, errors, warnings, rows, null);
		}

	}

}
