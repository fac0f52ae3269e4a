package org.electionresults.election;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the application knows about one election before any tally arrives: parties with
 * their colours, tickets, departments with their seat plan, constituencies. Immutable; loaded once.
 *
 * @param id election id
 * @param code election code, e.g. {@code EG2020}
 * @param name display name
 * @param date election day
 * @param parties parties in export column order
 * @param tickets presidential tickets
 * @param departments departments with their plan, by id
 * @param abroadMesas mesas expected abroad
 * @param abroadRegistered registered voters abroad
 */
public record ElectionCatalog(int id, String code, String name, LocalDate date, List<PartyInfo> parties,
		List<TicketInfo> tickets, List<DepartmentPlan> departments, int abroadMesas, int abroadRegistered) {

	/** Country id of Bolivia in the export; any other country is a vote abroad. */
	public static final int BOLIVIA = 32;

	public ElectionCatalog {
		parties = List.copyOf(parties);
		tickets = List.copyOf(tickets);
		departments = List.copyOf(departments);
	}

	public Optional<PartyInfo> party(String code) {
		return this.parties.stream().filter((party) -> party.code().equalsIgnoreCase(code)).findFirst();
	}

	public Optional<TicketInfo> ticketBySlug(String slug) {
		return this.tickets.stream().filter((ticket) -> ticket.slug().equals(slug)).findFirst();
	}

	public Optional<TicketInfo> ticketOf(String partyCode) {
		return this.tickets.stream().filter((ticket) -> ticket.partyCode().equals(partyCode)).findFirst();
	}

	public Optional<DepartmentPlan> department(int id) {
		for (DepartmentPlan department : this.departments) {
			if (department.id() == id) {
				return Optional.of(department);
			}
		}
		return Optional.empty();
	}

	/** The department whose uninominal range holds this constituency. */
	public Optional<DepartmentPlan> departmentOfUninominal(int constituency) {
		return this.departments.stream()
			.filter((department) -> constituency >= department.uninominalFirst()
					&& constituency <= department.uninominalLast())
			.findFirst();
	}

	/** The department of a special (indigenous) constituency. */
	public Optional<DepartmentPlan> departmentOfSpecial(int constituency) {
		return this.departments.stream()
			.filter((department) -> department.specialConstituency() != null
					&& department.specialConstituency() == constituency)
			.findFirst();
	}

	public Map<String, PartyInfo> partiesByCode() {
		return this.parties.stream().collect(Collectors.toMap(PartyInfo::code, Function.identity()));
	}

	/** Parties standing on a ballot, in column order. */
	public List<PartyInfo> partiesOn(Ballot ballot) {
		return this.parties.stream().filter((party) -> party.ballots().contains(ballot)).toList();
	}

	/** Parties still running on a ballot: on it and not withdrawn. Marks for the others are null votes. */
	public List<PartyInfo> runningOn(Ballot ballot) {
		return partiesOn(ballot).stream().filter((party) -> !party.withdrawn()).toList();
	}

	public int expectedMesas() {
		return this.departments.stream().mapToInt(DepartmentPlan::expectedMesas).sum()
				+ this.abroadMesas;
	}

	public long expectedRegistered() {
		return this.departments.stream().mapToLong(DepartmentPlan::registeredVoters).sum()
				+ this.abroadRegistered;
	}

	/**
	 * A party as shown to people.
	 *
	 * @param code export column name, e.g. {@code MAS_IPSP}
	 * @param position 1-based column position, the index into vote arrays
	 * @param name full name
	 * @param shortName short name, e.g. {@code MAS-IPSP}
	 * @param color display colour, {@code #rrggbb}
	 * @param withdrawn whether the party withdrew before election day
	 * @param ballots ballots it stands on
	 */
	public record PartyInfo(String code, int position, String name, String shortName, String color,
			boolean withdrawn, java.util.Set<Ballot> ballots) {

		public PartyInfo {
			ballots = java.util.Set.copyOf(ballots);
		}

		public boolean standsOn(Ballot ballot) {
			return this.ballots.contains(ballot);
		}

	}

	/**
	 * A presidential ticket.
	 *
	 * @param partyCode the party's code
	 * @param slug URL name
	 * @param president candidate for president
	 * @param vicePresident candidate for vice president, may be {@code null}
	 */
	public record TicketInfo(String partyCode, String slug, String president, String vicePresident) {

	}

}
