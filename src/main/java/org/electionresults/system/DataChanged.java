package org.electionresults.system;

/**
 * An event a feature publishes inside the transaction that changed the data; the infrastructure
 * (caches, live updates) reacts after the commit.
 */
public interface DataChanged {

	long dataVersion();

}
