package org.electionresults.election;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference facts of one election that a tally file is checked against: its parties in the
 * order of the export's vote columns, and its departments with their constituencies. Loaded from
 * the database by {@link ElectionReferenceService}; plain data so that readers and rules can be
 * tested without Spring.
 *
 * @param electionId database id of the election
 * @param code election code, e.g. {@code EG2020}
 * @param parties parties in export column order; {@link PartyColumn#position()} is 1-based and
 * indexes every per-party vote array ({@code votes[position - 1]})
 * @param departments departments of Bolivia by id (1..9)
 */
public record ElectionReference(int electionId, String code, List<PartyColumn> parties,
		Map<Integer, DepartmentPlan> departments) {

	/** Country id of Bolivia in the export; any other country is a vote abroad. */
	public static final int BOLIVIA = 32;

	public ElectionReference {
		parties = List.copyOf(parties);
		departments = Map.copyOf(departments);
	}

	public Optional<PartyColumn> party(String code) {
		return this.parties.stream().filter((party) -> party.code().equals(code)).findFirst();
	}

	/** The department whose uninominal range holds this constituency. */
	public Optional<DepartmentPlan> departmentOfUninominal(int constituency) {
		return this.departments.values()
			.stream()
			.filter((department) -> constituency >= department.uninominalFirst()
					&& constituency <= department.uninominalLast())
			.findFirst();
	}

	/** The department of a special (indigenous) constituency. */
	public Optional<DepartmentPlan> departmentOfSpecial(int constituency) {
		return this.departments.values()
			.stream()
			.filter((department) -> department.specialConstituency() != null
					&& department.specialConstituency() == constituency)
			.findFirst();
	}

	/**
	 * One party column of the export.
	 *
	 * @param code column name in the export, e.g. {@code MAS_IPSP}
	 * @param position 1-based position among the election's party columns
	 * @param withdrawn whether the party withdrew (its marks are null votes)
	 * @param ballots the ballots the party stands on
	 */
	public record PartyColumn(String code, int position, boolean withdrawn, java.util.Set<Ballot> ballots) {

		public PartyColumn {
			ballots = java.util.Set.copyOf(ballots);
		}

		public boolean standsOn(Ballot ballot) {
			return this.ballots.contains(ballot);
		}

	}

	/**
	 * A department's seat plan and constituencies.
	 *
	 * @param id department id, 1 Chuquisaca .. 9 Pando
	 * @param name department name
	 * @param senateSeats Senate seats (4)
	 * @param uninominalSeats single-member constituencies in the department
	 * @param plurinominalSeats list seats
	 * @param specialSeats special indigenous seats (0 or 1)
	 * @param uninominalFirst first uninominal constituency number
	 * @param uninominalLast last uninominal constituency number
	 * @param specialConstituency the department's special constituency, or {@code null}
	 * @param expectedMesas mesas expected in the department
	 * @param registeredVoters registered voters in the department
	 */
	public record DepartmentPlan(int id, String name, int senateSeats, int uninominalSeats, int plurinominalSeats,
			int specialSeats, int uninominalFirst, int uninominalLast, Integer specialConstituency, int expectedMesas,
			int registeredVoters) {

	}

}
