package org.electionresults.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.electionresults.election.Ballot;
import org.jspecify.annotations.Nullable;

/**
 * Resolves CANDIDATURA cells with {@link Ballot#fromExportName(String)}, remembering the
 * answers: a file has only a handful of distinct values, and normalising the same one 70,000
 * times would cost more than the rest of the row.
 */
final class BallotNames {

	/** A file full of distinct garbage values must not grow the cache without bound. */
	private static final int MAX_REMEMBERED = 64;

	private final Map<String, Optional<Ballot>> remembered = new HashMap<>();

	/** The ballot a CANDIDATURA cell names, or {@code null}. */
	@Nullable Ballot find(String cell) {
		Optional<Ballot> ballot = this.remembered.get(cell);
		if (ballot == null) {
			ballot = Ballot.fromExportName(cell);
			if (this.remembered.size() < MAX_REMEMBERED) {
				this.remembered.put(cell, ballot);
			}
		}
		return ballot.orElse(null);
	}

}
