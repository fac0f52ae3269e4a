package org.electionresults.site;

import java.util.List;

import org.electionresults.election.ElectionCatalog;
import org.electionresults.results.BallotResult;
import org.electionresults.results.PartyVotes;
import org.jspecify.annotations.Nullable;

/**
 * One party's line in a result as the pages list it: its votes and share and, on the
 * presidential ballot, its ticket.
 *
 * @param party the party's votes and share of the valid votes
 * @param ticket the presidential ticket, or {@code null} on the deputies' ballots
 */
public record ResultLine(PartyVotes party, ElectionCatalog.@Nullable TicketInfo ticket) {

	/**
	 * The lines of a result, most votes first, with the tickets where the ballot has
	 * them.
	 */
	public static List<ResultLine> of(BallotResult result, ElectionCatalog election) {
		boolean tickets = result.ballot() == org.electionresults.election.Ballot.PRESIDENT;
		return result.parties()
			.stream()
			.map((party) -> new ResultLine(party, tickets ? election.ticketOf(party.code()).orElse(null) : null))
			.toList();
	}

}
