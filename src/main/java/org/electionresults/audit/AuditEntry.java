package org.electionresults.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One recorded action, as stored.
 *
 * @param id its place in the log: later entries have larger ids
 * @param occurredAt when it was recorded
 * @param actor who did it (for a failed sign-in: the name that was tried)
 * @param action what was done
 * @param outcome whether it succeeded
 * @param target what it was done to
 * @param detail what else matters
 * @param clientAddress where the request came from
 */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, AuditOutcome outcome,
		@Nullable String target, @Nullable String detail, @Nullable String clientAddress) {

}
