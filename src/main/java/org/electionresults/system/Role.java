package org.electionresults.system;

/**
 * What a signed-in person may do. The security configuration enforces it per path; accounts store
 * one role each.
 */
public enum Role {

	/** Everything, including managing accounts, reverting uploads and reading the audit log. */
	ADMIN,

	/** Uploads, dry runs and notices; no accounts, no revert, no audit log. */
	UPLOADER;

	/** The authority Spring Security checks, {@code ROLE_} and the name. */
	public String authority() {
		return "ROLE_" + name();
	}

}
