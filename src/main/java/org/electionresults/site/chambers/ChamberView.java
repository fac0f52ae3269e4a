package org.electionresults.site.chambers;

import java.util.List;

import org.electionresults.results.Share;
import org.electionresults.seats.ConstituencyCount;
import org.jspecify.annotations.Nullable;

/**
 * A chamber's page: the seats of each party so far, drawn as a hemicycle, with the tables
 * behind it.
 *
 * @param chamber the chamber
 * @param seats all its seats
 * @param parties its parties, most seats first
 * @param tied seats the tribunal has to decide
 * @param pending seats not decided by the count yet
 * @param hemicycle the seat positions
 * @param drawn each position's seat, left to right: parties in order, then tied, then
 * pending
 * @param departments the seats per department
 * @param provisional whether the count is incomplete
 * @param uninominal for the deputies, every uninominal constituency; otherwise empty
 * @param special for the deputies, every special constituency; otherwise empty
 */
public record ChamberView(Chamber chamber, int seats, List<ChamberParty> parties, int tied, int pending,
		Hemicycle hemicycle, List<DrawnSeat> drawn, List<ChamberDepartment> departments, boolean provisional,
		List<ConstituencyCount> uninominal, List<ConstituencyCount> special) {

	public ChamberView {
		parties = List.copyOf(parties);
		drawn = List.copyOf(drawn);
		departments = List.copyOf(departments);
		uninominal = List.copyOf(uninominal);
		special = List.copyOf(special);
	}

	/** More than half of the seats. */
	public int majority() {
		return this.seats / 2 + 1;
	}

	/** Two thirds of the seats, rounded up. */
	public int twoThirds() {
		return (2 * this.seats + 2) / 3;
	}

	/** "MAS-IPSP 21" for each party with seats, for the chart's text summary. */
	public List<String> summary() {
		return this.parties.stream().filter((p) -> p.seats() > 0).map((p) -> p.shortName() + " " + p.seats()).toList();
	}

	/** The party holding a majority, if any. */
	public @Nullable ChamberParty majorityHolder() {
		return this.parties.stream().filter((p) -> p.seats() >= majority()).findFirst().orElse(null);
	}

	/**
	 * A party in the chamber.
	 *
	 * @param code party code
	 * @param shortName short name
	 * @param name full name
	 * @param color display colour
	 * @param seats seats won
	 * @param uninominal of which uninominal (deputies only)
	 * @param plurinominal of which list seats (deputies only)
	 * @param special of which special (deputies only)
	 * @param votes the party's national presidential votes and share, or {@code null}
	 */
	public record ChamberParty(String code, String shortName, String name, String color, int seats, int uninominal,
			int plurinominal, int special, @Nullable Share votes) {

		public Share seatShare(int of) {
			return Share.of(this.seats, of);
		}

	}

	/**
	 * One seat of the chart.
	 *
	 * @param seat where it is drawn
	 * @param state won, tied or pending
	 * @param party the party holding it, or {@code null}
	 */
	public record DrawnSeat(Hemicycle.Seat seat, SeatState state, @Nullable ChamberParty party) {

	}

	/** Whether a seat has its holder. */
	public enum SeatState {

		WON, TIED, PENDING

	}

	/**
	 * A department's seats in the chamber.
	 *
	 * @param id department id
	 * @param name department name
	 * @param href the department's page
	 * @param seats its seats in the chamber
	 * @param byParty seats won per party, in the order of the chamber's parties
	 * @param pending seats not decided yet
	 * @param tied seats the tribunal decides
	 * @param tiedParties short names of the parties tied for them
	 */
	public record ChamberDepartment(int id, String name, String href, int seats, List<Integer> byParty, int pending,
			int tied, List<String> tiedParties) {

		public ChamberDepartment {
			byParty = List.copyOf(byParty);
			tiedParties = List.copyOf(tiedParties);
		}

	}

}
