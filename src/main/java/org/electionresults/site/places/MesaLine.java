package org.electionresults.site.places;

import org.electionresults.site.AreaLine;

import org.electionresults.results.BallotResult;
import org.jspecify.annotations.Nullable;

/**
 * A mesa in the list of its polling station.
 *
 * @param code the mesa code
 * @param number its number in the station
 * @param href its page
 * @param status where its presidential acta stands
 * @param president its current presidential result, or {@code null} if none is counted
 */
public record MesaLine(int code, int number, String href, ActaStatus status, @Nullable BallotResult president) {

	/** The leading line of the presidential result, or {@code null}. */
	public @Nullable AreaLine line() {
		return (this.president != null) ? new AreaLine(Integer.toString(this.code), this.href, this.president) : null;
	}

}
