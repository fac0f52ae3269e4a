/**
 * The audit log: every administrative action (sign-in and sign-out, uploads, dry runs, reverts,
 * notices, account and password changes), recorded append-only in the transaction of the action
 * through {@link org.electionresults.audit.AuditLog}; its page and JSON for administrators.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package org.electionresults.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
