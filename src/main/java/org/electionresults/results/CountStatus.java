package org.electionresults.results;

import java.time.Instant;

import org.electionresults.system.DataVersion;

/**
 * Where the count stands: how many uploads changed the data and when the last one landed.
 *
 * @param dataVersion increases with every committed upload; 0 before the first
 * @param updatedAt when the last committed upload landed, {@code null} before the first
 */
public record CountStatus(long dataVersion, Instant updatedAt) implements DataVersion {

	public boolean hasTallies() {
		return this.dataVersion > 0;
	}

}
