package org.electionresults.accounts;

import java.time.Instant;

import org.electionresults.system.Role;
import org.jspecify.annotations.Nullable;

/**
 * An account as the pages show it; never its password hash.
 *
 * @param id its key
 * @param username the name it signs in with
 * @param role what it may do
 * @param enabled whether it may sign in
 * @param createdBy the administrator who created it, {@code null} for the bootstrap administrator
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param passwordChangedAt when its password last changed
 */
record Account(long id, String username, Role role, boolean enabled, @Nullable String createdBy, Instant createdAt,
		Instant updatedAt, Instant passwordChangedAt) {

}
