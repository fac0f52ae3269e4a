package org.electionresults.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Which entries to list, newest first; every criterion is optional.
 *
 * @param actor exactly this user name (case-insensitive)
 * @param action this action only
 * @param outcome this outcome only
 * @param from from this day on, in Bolivian time
 * @param to up to and including this day, in Bolivian time
 * @param before entries older than this id: the next page
 * @param limit at most this many, between 1 and {@value #MAX_LIMIT}
 */
public record AuditFilter(@Nullable String actor, @Nullable AuditAction action, @Nullable AuditOutcome outcome,
		@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Long before, int limit) {

	public static final int DEFAULT_LIMIT = 100;

	public static final int MAX_LIMIT = 1000;

	public AuditFilter {
		actor = (actor == null || actor.isBlank()) ? null : actor.trim();
		limit = (limit <= 0) ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
	}

}
