package org.electionresults.site.parties;

import java.util.List;

import org.electionresults.election.ElectionCatalog;
import org.electionresults.results.PartyVotes;
import org.electionresults.seats.ConstituencyCount;
import org.electionresults.seats.PartyDeputies;
import org.jspecify.annotations.Nullable;

/**
 * A party's page: its votes on each ballot and the seats it won so far.
 *
 * @param party the party
 * @param ticket its presidential ticket, or {@code null}
 * @param president its national presidential votes, or {@code null} if it is not on that
 * ballot or withdrew
 * @param uninominal its national votes for uninominal deputies, or {@code null} likewise
 * @param special its votes for special deputies, or {@code null} likewise
 * @param senators Senate seats won
 * @param deputies deputies won, by kind of seat
 * @param listSeats whether it has the 3 % of the national valid presidential vote that
 * list seats require
 * @param departments its seats and presidential votes in each department
 * @param constituencies the constituencies it won, by number, uninominal first
 * @param provisional whether the count behind the seats is incomplete
 */
public record PartyView(ElectionCatalog.PartyInfo party, ElectionCatalog.@Nullable TicketInfo ticket,
		@Nullable PartyVotes president, @Nullable PartyVotes uninominal, @Nullable PartyVotes special, int senators,
		PartyDeputies deputies, boolean listSeats, List<DepartmentSeats> departments,
		List<ConstituencyCount> constituencies, boolean provisional) {

	public PartyView {
		departments = List.copyOf(departments);
		constituencies = List.copyOf(constituencies);
	}

	/**
	 * A party's seats in one department.
	 *
	 * @param id department id
	 * @param name department name
	 * @param href the department's page
	 * @param president the party's presidential votes and share there, or {@code null}
	 * @param senators Senate seats won there
	 * @param deputies deputies won there, by kind
	 * @param tied whether a seat there is tied between this party and another
	 */
	public record DepartmentSeats(int id, String name, String href, @Nullable PartyVotes president, int senators,
			PartyDeputies deputies, boolean tied) {

	}

}
