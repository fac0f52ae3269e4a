package org.electionresults.site;

import org.electionresults.results.BallotResult;
import org.electionresults.results.PartyVotes;
import org.electionresults.results.Share;
import org.jspecify.annotations.Nullable;

/**
 * An area in a list of areas: where it links to and who leads there.
 *
 * @param name the area's name
 * @param href the page of the area
 * @param result its presidential result, empty while nothing is counted
 */
public record AreaLine(String name, String href, BallotResult result) {

	/** The party with most votes, or {@code null} while no valid vote is counted. */
	public @Nullable PartyVotes leader() {
		return (this.result.valid() > 0) ? this.result.parties().get(0) : null;
	}

	/** Whether two or more parties share the most votes. */
	public boolean tiedLead() {
		return this.result.valid() > 0 && this.result.parties().size() > 1
				&& this.result.parties().get(1).votes() == this.result.parties().get(0).votes();
	}

	/** The leader's lead over the second, as a share of the valid votes. */
	public Share lead() {
		if (this.result.valid() == 0) {
			return Share.of(0, 0);
		}
		long second = (this.result.parties().size() > 1) ? this.result.parties().get(1).votes() : 0;
		return Share.of(this.result.parties().get(0).votes() - second, this.result.valid());
	}

}
