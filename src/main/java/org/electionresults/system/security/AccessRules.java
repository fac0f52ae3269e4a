package org.electionresults.system.security;

import org.electionresults.system.Role;

/**
 * Who may do what, in one place. {@code ADMIN} does everything; {@code UPLOADER} uploads, runs dry
 * runs, posts notices and changes their own password, but manages no account, reverts no upload and
 * does not read the audit log. Paths not listed here under {@code /admin} and {@code /api/admin} are
 * open to both roles; everything else is public.
 */
final class AccessRules {

	/** Pages only administrators may open or post to (any method). */
	static final String[] ADMIN_ONLY_PAGES = { "/admin/accounts/**", "/admin/audit/**", "/admin/uploads/*/revert" };

	/** API endpoints only administrators may call (any method). */
	static final String[] ADMIN_ONLY_API = { "/api/admin/accounts/**", "/api/admin/audit/**",
			"/api/admin/uploads/*/revert" };

	/** The roles that may use the rest of {@code /admin/**} and {@code /api/admin/**}. */
	static final String[] SIGNED_IN_ROLES = { Role.ADMIN.name(), Role.UPLOADER.name() };

	private AccessRules() {
	}

}
