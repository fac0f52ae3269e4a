package org.electionresults.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of the log.
 *
 * @param entries newest first
 * @param nextBefore the {@code before} of the next page, {@code null} on the last one
 */
record AuditPage(List<AuditEntry> entries, @Nullable Long nextBefore) {

}
