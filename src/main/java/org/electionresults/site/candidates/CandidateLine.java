package org.electionresults.site.candidates;

import org.electionresults.election.ElectionCatalog;
import org.electionresults.results.PartyVotes;
import org.jspecify.annotations.Nullable;

/**
 * A ticket in the list of candidates.
 *
 * @param ticket the candidates
 * @param party their party
 * @param votes the national votes and share, or {@code null} for a withdrawn ticket
 * @param rank the place nationally, 1 for the leader; 0 while nothing is counted or when
 * withdrawn
 */
public record CandidateLine(ElectionCatalog.TicketInfo ticket, ElectionCatalog.PartyInfo party,
		@Nullable PartyVotes votes, int rank) {

}
