package org.electionresults.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists the log with filters, newest first, a page at a time (keyed by id, so pages never shift). */
@Service
@Transactional(readOnly = true)
class AuditSearch {

	/** The days of the filters are Bolivian days, as every time on the pages. */
	static final ZoneId BOLIVIA = ZoneId.of("America/La_Paz");

	private final JdbcClient jdbc;

	AuditSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	AuditPage find(AuditFilter filter) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.actor() != null) {
			conditions.add("lower(actor) = lower(:actor)");
			params.put("actor", filter.actor());
		}
		if (filter.action() != null) {
			conditions.add("action = :action");
			params.put("action", filter.action().name());
		}
		if (filter.outcome() != null) {
			conditions.add("outcome = :outcome");
			params.put("outcome", filter.outcome().name());
		}
		if (filter.from() != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(BOLIVIA).toInstant()));
		}
		if (filter.to() != null) {
			conditions.add("occurred_at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(BOLIVIA).toInstant()));
		}
		if (filter.before() != null) {
			conditions.add("id < :before");
			params.put("before", filter.before());
		}
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		// One more than asked tells whether there is a next page.
		List<AuditEntry> entries = this.jdbc
			.sql("SELECT id, occurred_at, actor, action, outcome, target, detail, client_address FROM audit_entry"
					+ where + " ORDER BY id DESC LIMIT :limit")
			.params(params)
			.param("limit", filter.limit() + 1)
			.query(AuditSearch::entry)
			.list();
		if (entries.size() > filter.limit()) {
			List<AuditEntry> page = entries.subList(0, filter.limit());
			return new AuditPage(List.copyOf(page), page.get(page.size() - 1).id());
		}
		return new AuditPage(entries, null);
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				AuditAction.valueOf(rs.getString("action")), AuditOutcome.valueOf(rs.getString("outcome")),
				rs.getString("target"), rs.getString("detail"), rs.getString("client_address"));
	}

}
