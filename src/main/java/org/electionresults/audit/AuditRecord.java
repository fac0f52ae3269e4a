package org.electionresults.audit;

import org.jspecify.annotations.Nullable;

/**
 * One action to record. Who and from where default to the signed-in user and the client address of
 * the current request; name them when there is neither (a failed sign-in, work outside a request).
 *
 * @param action what was done
 * @param outcome whether it succeeded
 * @param actor who did it; {@code null} for the signed-in user
 * @param target what it was done to, e.g. {@code upload:12} or {@code account:maria}
 * @param detail what else matters, as {@code key=value} pairs (file names, counts, reasons)
 * @param clientAddress where the request came from; {@code null} for the current request's
 */
public record AuditRecord(AuditAction action, AuditOutcome outcome, @Nullable String actor, @Nullable String target,
		@Nullable String detail, @Nullable String clientAddress) {

	public static AuditRecord success(AuditAction action) {
		return new AuditRecord(action, AuditOutcome.SUCCESS, null, null, null, null);
	}

	public static AuditRecord failure(AuditAction action) {
		return new AuditRecord(action, AuditOutcome.FAILURE, null, null, null, null);
	}

	public static AuditRecord of(AuditAction action, boolean succeeded) {
		return succeeded ? success(action) : failure(action);
	}

	public AuditRecord by(@Nullable String actor) {
		return new AuditRecord(this.action, this.outcome, actor, this.target, this.detail, this.clientAddress);
	}

	public AuditRecord on(@Nullable String target) {
		return new AuditRecord(this.action, this.outcome, this.actor, target, this.detail, this.clientAddress);
	}

	public AuditRecord detail(@Nullable String detail) {
		return new AuditRecord(this.action, this.outcome, this.actor, this.target, detail, this.clientAddress);
	}

	public AuditRecord from(@Nullable String clientAddress) {
		return new AuditRecord(this.action, this.outcome, this.actor, this.target, this.detail, clientAddress);
	}

}
