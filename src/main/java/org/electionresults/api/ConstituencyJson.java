package org.electionresults.api;

import java.util.List;

import org.electionresults.seats.ConstituencyResult;

/**
 * Who holds a single-member seat: {@code WON} by one party, {@code TIED} between several (the
 * tribunal decides), or {@code PENDING} while no acta of it is counted.
 */
record ConstituencyJson(int constituency, String status, List<String> parties) {

	static ConstituencyJson of(ConstituencyResult result) {
		return new ConstituencyJson(result.constituency(), result.status().name(), result.parties());
	}

}
