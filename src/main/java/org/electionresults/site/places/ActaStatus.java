package org.electionresults.site.places;

import java.util.List;

import org.electionresults.results.MesaTally;

/** Where one acta of a mesa stands in the count. */
public enum ActaStatus {

	/** Its current version is in the results. */
	COUNTED,

	/**
	 * It was counted, then taken out by a snapshot upload; its versions stay in the
	 * history.
	 */
	WITHDRAWN,

	/** No version of it has been uploaded yet. */
	PENDING;

	/** The status of an acta from its versions, in any order. */
	static ActaStatus of(List<MesaTally> versions) {
		if (versions.stream().anyMatch(MesaTally::current)) {
			return COUNTED;
		}
		return versions.isEmpty() ? PENDING : WITHDRAWN;
	}

}
