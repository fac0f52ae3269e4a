package org.electionresults.audit;

/** Whether the action did what was asked. */
public enum AuditOutcome {

	SUCCESS, FAILURE

}
