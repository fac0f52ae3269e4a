package org.electionresults.seats;

import org.electionresults.election.DepartmentPlan;

import java.util.List;
import java.util.Optional;

import org.electionresults.election.Ballot;
import org.electionresults.results.BallotResult;
import org.electionresults.results.PartyVotes;
import org.electionresults.results.Share;

/**
 * A single-member constituency with its count and the seat it gives so far.
 *
 * @param ballot {@link Ballot#UNINOMINAL} or {@link Ballot#SPECIAL}
 * @param number constituency number
 * @param department its department
 * @param seat won, tied or pending
 * @param result the count of its ballot there, empty while no acta is counted
 */
public record ConstituencyCount(Ballot ballot, int number, DepartmentPlan department,
		ConstituencyResult seat, BallotResult result) {

	/** The parties tied for the seat, with their votes; empty unless the seat is tied. */
	public List<PartyVotes> tiedParties() {
		if (this.seat.status() != ConstituencyStatus.TIED) {
			return List.of();
		}
		return this.result.parties().stream().filter((party) -> this.seat.parties().contains(party.code())).toList();
	}

	/** The party in second place when the seat is won, if any other party stands. */
	public Optional<PartyVotes> runnerUp() {
		return (this.seat.status() == ConstituencyStatus.WON && this.result.parties().size() > 1)
				? Optional.of(this.result.parties().get(1)) : Optional.empty();
	}

	/** Votes between the winner and the second; 0 unless the seat is won. */
	public long marginVotes() {
		if (this.seat.status() != ConstituencyStatus.WON) {
			return 0;
		}
		long winner = this.result.parties().get(0).votes();
		return winner - runnerUp().map(PartyVotes::votes).orElse(0L);
	}

	/**
	 * The winner's lead as a share of the valid votes: its percent is the margin in
	 * points.
	 */
	public Share margin() {
		return Share.of(marginVotes(), this.result.valid());
	}

}
