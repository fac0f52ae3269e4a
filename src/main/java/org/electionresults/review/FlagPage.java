package org.electionresults.review;

import java.util.List;

/**
 * One page of flagged mesas.
 *
 * @param flags the flags on this page, by mesa code then rule
 * @param page the page, from 1
 * @param pages how many pages there are (at least 1)
 * @param total how many flags match the filter
 */
public record FlagPage(List<FlaggedMesa> flags, int page, int pages, long total) {

	public FlagPage {
		flags = List.copyOf(flags);
	}

}
