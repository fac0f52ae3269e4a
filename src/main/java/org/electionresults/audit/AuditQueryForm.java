package org.electionresults.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters as the page and the API take them from the query string.
 *
 * @param actor user name
 * @param action one action
 * @param outcome one outcome
 * @param from first day (ISO, Bolivian time)
 * @param to last day (ISO, Bolivian time)
 * @param before entries older than this id
 * @param limit page size
 */
record AuditQueryForm(@Nullable String actor, @Nullable AuditAction action, @Nullable AuditOutcome outcome,
		@Nullable @DateTimeFormat(iso = ISO.DATE) LocalDate from, @Nullable @DateTimeFormat(iso = ISO.DATE) LocalDate to,
		@Nullable Long before, @Nullable Integer limit) {

	AuditFilter toFilter() {
		return new AuditFilter(this.actor, this.action, this.outcome, this.from, this.to, this.before,
				(this.limit != null) ? this.limit : AuditFilter.DEFAULT_LIMIT);
	}

	/** The address of the next page: the same filters, older entries. */
	String next(String path, long before) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		if (this.actor != null && !this.actor.isBlank()) {
			uri.queryParam("actor", this.actor.trim());
		}
		if (this.action != null) {
			uri.queryParam("action", this.action);
		}
		if (this.outcome != null) {
			uri.queryParam("outcome", this.outcome);
		}
		if (this.from != null) {
			uri.queryParam("from", this.from);
		}
		if (this.to != null) {
			uri.queryParam("to", this.to);
		}
		if (this.limit != null) {
			uri.queryParam("limit", this.limit);
		}
		return uri.queryParam("before", before).encode().build().toUriString();
	}

}
