package org.electionresults.site.candidates;

import org.electionresults.site.AreaShare;

import java.util.List;

import org.electionresults.election.ElectionCatalog;
import org.electionresults.results.BallotResult;
import org.electionresults.results.PartyVotes;
import org.jspecify.annotations.Nullable;

/**
 * A presidential ticket's page.
 *
 * @param ticket the candidates
 * @param party their party
 * @param national the national presidential result
 * @param votes the ticket's national votes and share, or {@code null} for a withdrawn
 * ticket
 * @param rank its place nationally, 1 for the leader; 0 for a withdrawn ticket
 * @param departments the ticket in each department, in the official order
 * @param abroad the ticket in the vote abroad
 * @param strongest the department where its share is highest, or {@code null} with fewer
 * than two departments counted
 * @param weakest the department where its share is lowest, or {@code null} likewise
 */
public record CandidateView(ElectionCatalog.TicketInfo ticket, ElectionCatalog.PartyInfo party, BallotResult national,
		@Nullable PartyVotes votes, int rank, List<AreaShare> departments, AreaShare abroad,
		@Nullable AreaShare strongest, @Nullable AreaShare weakest) {

	public CandidateView {
		departments = List.copyOf(departments);
	}

	/** Whether the ticket withdrew before election day. */
	public boolean withdrawn() {
		return this.party.withdrawn();
	}

}
