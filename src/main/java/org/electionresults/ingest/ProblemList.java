package org.electionresults.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Problems found in a file: the first few hundred to show, and how many there were in all.
 *
 * @param shown the problems kept for the report
 * @param total how many were found
 */
record ProblemList(List<Problem> shown, int total) {

	static ProblemList none() {
		return new ProblemList(List.of(), 0);
	}

	ProblemList plus(ProblemList more, int cap) {
		List<Problem> kept = new ArrayList<>(this.shown);
		for (Problem problem : more.shown) {
			if (kept.size() < cap) {
				kept.add(problem);
			}
		}
		return new ProblemList(List.copyOf(kept), this.total + more.total);
	}

	boolean isEmpty() {
		return this.total == 0;
	}

}
