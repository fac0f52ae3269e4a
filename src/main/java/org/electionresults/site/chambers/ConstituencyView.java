package org.electionresults.site.chambers;

import java.util.List;

import org.electionresults.site.ResultLine;
import org.electionresults.seats.ConstituencyCount;

/**
 * A single-member constituency's page: its count, and the seat it gives so far.
 *
 * @param count the count and the seat
 * @param kind {@code uninominal} or {@code special}, as in its address
 * @param departmentHref the department's page
 * @param lines the parties' lines of its result
 * @param provisional whether the national count is incomplete
 */
public record ConstituencyView(ConstituencyCount count, String kind, String departmentHref, List<ResultLine> lines,
		boolean provisional) {

	public ConstituencyView {
		lines = List.copyOf(lines);
	}

}
