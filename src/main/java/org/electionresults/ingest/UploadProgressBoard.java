package org.electionresults.ingest;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The progress of the running uploads as every node sees it ({@code upload_progress}). Each write is
 * a transaction of its own, beside the upload's, so that other nodes see the stages before the
 * commit. Best effort: a write or read that fails (the database away, the pool exhausted) is
 * logged and skipped; the upload itself goes on, and its report is what counts.
 */
@Repository
class UploadProgressBoard {

	private static final Logger logger = LoggerFactory.getLogger(UploadProgressBoard.class);

	private static final TypeReference<List<UploadProgress.StageTime>> STAGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final JsonMapper json;

	UploadProgressBoard(JdbcClient jdbc, PlatformTransactionManager transactionManager, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void publish(UploadProgress.Progress progress) {
		try {
			this.ownTransaction.executeWithoutResult((status) -> this.jdbc.sql("""
					INSERT INTO upload_progress (upload_id, stage, rows, stages, failed, updated_at)
					VALUES (:id, :stage, :rows, CAST(:stages AS jsonb), :failed, now())
					ON CONFLICT (upload_id) DO UPDATE SET stage = excluded.stage, rows = excluded.rows,
					    stages = excluded.stages, failed = excluded.failed, updated_at = excluded.updated_at""")
				.param("id", progress.id())
				.param("stage", progress.stage().name())
				.param("rows", progress.rows())
				.param("stages", this.json.writeValueAsString(progress.stages()))
				.param("failed", progress.failed())
				.update());
		}
		catch (DataAccessException | TransactionException ex) {
			logger.debug("Progress of upload {} not published: {}", progress.id(), ex.toString());
		}
	}

	Optional<UploadProgress.Progress> find(long id) {
		try {
			return this.jdbc.sql("SELECT stage, rows, stages, failed FROM upload_progress WHERE upload_id = ?")
				.param(id)
				.query((rs, row) -> new UploadProgress.Progress(id, UploadStage.valueOf(rs.getString("stage")),
						rs.getInt("rows"), this.json.readValue(rs.getString("stages"), STAGES), rs.getBoolean("failed")))
				.optional();
		}
		catch (DataAccessException ex) {
			logger.debug("Progress of upload {} not read: {}", id, ex.toString());
			return Optional.empty();
		}
	}

	/** Forgets uploads that finished more than a day ago. */
	void forgetOldFinished() {
		try {
			this.ownTransaction.executeWithoutResult((status) -> this.jdbc
				.sql("DELETE FROM upload_progress WHERE stage = 'DONE' AND updated_at < now() - interval '1 day'")
				.update());
		}
		catch (DataAccessException | TransactionException ex) {
			logger.debug("Old upload progress not removed: {}", ex.toString());
		}
	}

}
