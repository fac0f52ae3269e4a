package org.electionresults.publications;

import java.util.List;

/**
 * What the Publications page shows, read in one snapshot.
 *
 * @param chain every publication, newest first
 * @param notices every notice, newest first
 */
public record PublicationsPage(List<Publication> chain, List<Notice> notices) {

	public Publication latest() {
		return this.chain.get(0);
	}

}
