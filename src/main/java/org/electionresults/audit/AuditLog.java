package org.electionresults.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records administrative actions. Call it inside the transaction of the action: the entry is
 * written through that transaction's connection, so it lands if and only if the action does. A
 * failed action is recorded in a transaction that commits (for instance the one that records a
 * rejected upload). Entries are never changed afterwards; the database refuses it.
 */
@Service
public class AuditLog {

	/** Who acted when nobody is signed in and the caller named nobody, e.g. start-up. */
	public static final String SYSTEM = "system";

	private static final String ANONYMOUS = "anonymous";

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(AuditRecord record) {
		this.jdbc.sql("""
				INSERT INTO audit_entry (actor, action, outcome, target, detail, client_address)
				VALUES (:actor, :action, :outcome, :target, :detail, :address)""")
			.param("actor", AuditText.clip(actor(record), 60))
			.param("action", record.action().name())
			.param("outcome", record.outcome().name())
			.param("target", AuditText.clipOrNull(record.target(), 200))
			.param("detail", AuditText.clipOrNull(record.detail(), 1000))
			.param("address", AuditText.clipOrNull(address(record), 64))
			.update();
	}

	private static String actor(AuditRecord record) {
		if (record.actor() != null) {
			return record.actor().isBlank() ? "?" : record.actor();
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return (currentRequest() != null) ? ANONYMOUS : SYSTEM;
		}
		return authentication.getName();
	}

	private static @Nullable String address(AuditRecord record) {
		if (record.clientAddress() != null) {
			return record.clientAddress();
		}
		HttpServletRequest request = currentRequest();
		return (request != null) ? request.getRemoteAddr() : null;
	}

	private static @Nullable HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

}
