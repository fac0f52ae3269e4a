package org.electionresults.audit;

/** What an administrative action was. Stored by name: add new ones at will, never rename one. */
public enum AuditAction {

	SIGN_IN, SIGN_OUT,

	UPLOAD, DRY_RUN, REVERT, NOTICE,

	ACCOUNT_CREATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, PASSWORD_RESET, PASSWORD_CHANGED,

	/** The administrator from the environment created or changed at start-up. */
	BOOTSTRAP_ADMIN

}
