package org.electionresults.site;

import org.electionresults.results.BallotResult;
import org.electionresults.results.PartyVotes;
import org.electionresults.results.Share;
import org.jspecify.annotations.Nullable;

/**
 * One party in one area: its votes there and its place among the parties.
 *
 * @param name the area's name
 * @param href the area's page
 * @param result the area's result
 * @param votes the party's votes there, or {@code null} if it does not stand there
 * @param rank its place there, 1 for the leader; 0 while nothing is counted
 */
public record AreaShare(String name, String href, BallotResult result, @Nullable PartyVotes votes, int rank) {

	public static AreaShare of(String name, String href, BallotResult result, String party) {
		PartyVotes votes = result.party(party).orElse(null);
		int rank = (votes == null || result.valid() == 0) ? 0 : rankOf(result, votes);
		return new AreaShare(name, href, result, votes, rank);
	}

	/** 1 + the parties with more votes: tied parties share a place. */
	private static int rankOf(BallotResult result, PartyVotes votes) {
		return 1 + (int) result.parties().stream().filter((other) -> other.votes() > votes.votes()).count();
	}

	public boolean counted() {
		return this.result.valid() > 0;
	}

	public Share share() {
		return (this.votes != null) ? this.votes.share() : Share.of(0, this.result.valid());
	}

}
