package org.electionresults.publications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.electionresults.audit.AuditAction;
import org.electionresults.audit.AuditLog;
import org.electionresults.audit.AuditRecord;
import org.electionresults.election.ElectionCatalogService;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public notices: posted by an administrator, ended later, never deleted (the database refuses it).
 * Posting or ending one changes every public page, so it bumps the election's data version like an
 * upload does, and caches learn of it after the commit.
 */
@Service
public class NoticeService {

	/** Longest text accepted, in characters (the column's size). */
	public static final int MAX_LENGTH = 1000;

	private static final String COLUMNS = "id, text_es, text_en, posted_at, ended_at";

	private final JdbcClient jdbc;

	private final ElectionCatalogService catalogs;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	NoticeService(JdbcClient jdbc, ElectionCatalogService catalogs, ApplicationEventPublisher events, AuditLog audit) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
		this.events = events;
		this.audit = audit;
	}

	@Transactional
	public Notice post(String textEs, @Nullable String textEn, String postedBy) {
		int election = lockElection();
		Notice notice = this.jdbc.sql("""
				INSERT INTO notice (election_id, text_es, text_en, posted_at, posted_by)
				VALUES (?, ?, ?, now(), ?) RETURNING %s""".formatted(COLUMNS))
			.params(election, textEs.strip(), (textEn == null || textEn.isBlank()) ? null : textEn.strip(), postedBy)
			.query(NoticeService::notice)
			.single();
		changed(election);
		this.audit.record(AuditRecord.success(AuditAction.NOTICE)
			.by(postedBy)
			.on("notice:" + notice.id())
			.detail("posted"));
		return notice;
	}

	/** Ends an active notice; ending one that has ended already changes nothing. */
	@Transactional
	public Notice end(long id, String endedBy) {
		int election = lockElection();
		Notice notice = find(id);
		if (!notice.active()) {
			return notice;
		}
		Notice ended = this.jdbc
			.sql("UPDATE notice SET ended_at = now(), ended_by = ? WHERE id = ? AND election_id = ? RETURNING " + COLUMNS)
			.params(endedBy, id, election)
			.query(NoticeService::notice)
			.single();
		changed(election);
		this.audit.record(AuditRecord.success(AuditAction.NOTICE).by(endedBy).on("notice:" + id).detail("ended"));
		return ended;
	}

	public Notice find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM notice WHERE id = ? AND election_id = ?")
			.params(id, this.catalogs.current().id())
			.query(NoticeService::notice)
			.optional()
			.orElseThrow(() -> new NoticeNotFoundException(id));
	}

	/** Every notice, newest first. */
	public List<Notice> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM notice WHERE election_id = ? ORDER BY posted_at DESC, id DESC")
			.param(this.catalogs.current().id())
			.query(NoticeService::notice)
			.list();
	}

	/** The notices in force, newest first. */
	public List<Notice> active() {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM notice WHERE election_id = ? AND ended_at IS NULL ORDER BY posted_at DESC, id DESC")
			.param(this.catalogs.current().id())
			.query(NoticeService::notice)
			.list();
	}

	// Uploads and notices change the data version one at a time, under the election's lock.
	private int lockElection() {
		int election = this.catalogs.current().id();
		this.jdbc.sql("SELECT id FROM election WHERE id = ? FOR UPDATE").param(election).query(Integer.class).single();
		return election;
	}

	private void changed(int election) {
		long version = this.jdbc
			.sql("UPDATE election SET data_version = data_version + 1, updated_at = now() WHERE id = ? RETURNING data_version")
			.param(election)
			.query(Long.class)
			.single();
		this.events.publishEvent(new NoticesChanged(version));
	}

	private static Notice notice(ResultSet rs, int row) throws SQLException {
		Timestamp ended = rs.getTimestamp("ended_at");
		return new Notice(rs.getLong("id"), rs.getString("text_es"), rs.getString("text_en"),
				rs.getTimestamp("posted_at").toInstant(), (ended != null) ? ended.toInstant() : null);
	}

}
