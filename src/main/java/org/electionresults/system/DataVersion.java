package org.electionresults.system;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the infrastructure needs to know of the data: a version that every change of the count
 * bumps, and when that change landed. Features implement it; {@code system} never looks further.
 */
public interface DataVersion {

	long dataVersion();

	@Nullable Instant updatedAt();

}
