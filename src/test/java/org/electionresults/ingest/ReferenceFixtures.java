package org.electionresults.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.DepartmentPlan;
import org.electionresults.election.ElectionCatalog.PartyInfo;

/**
 * The reference facts of the 2020 general election, as in {@code data/reference/*.csv}, for
 * tests that must not depend on a database.
 */
final class ReferenceFixtures {

	/** Party columns in export order; the last eight stand only on the special ballot. */
	static final List<String> PARTY_CODES = List.of("CREEMOS", "ADN", "MAS_IPSP", "FPV", "PAN_BOL", "LIBRE_21", "CC",
			"JUNTOS", "APG", "CPEM_B", "CIDOB", "BIA_YUQUI", "CONAMAQ", "OICH", "ORCAWETA", "YAMINAWA");

	static final Set<String> WITHDRAWN = Set.of("ADN", "LIBRE_21", "JUNTOS");

	static final int NATIONAL_PARTIES = 8;

	private ReferenceFixtures() {
	}

	static ElectionCatalog eg2020() {
		List<PartyInfo> parties = new ArrayList<>();
		for (int i = 0; i < PARTY_CODES.size(); i++) {
			String code = PARTY_CODES.get(i);
			Set<Ballot> ballots = (i < NATIONAL_PARTIES) ? EnumSet.allOf(Ballot.class) : EnumSet.of(Ballot.SPECIAL);
			parties.add(new PartyInfo(code, i + 1, code, code, "#000000", WITHDRAWN.contains(code), ballots));
		}
		List<DepartmentPlan> departments = new ArrayList<>();
		add(departments, new DepartmentPlan(1, "Chuquisaca", 4, 5, 5, 0, 1, 5, null, 1859, 368623));
		add(departments, new DepartmentPlan(2, "La Paz", 4, 14, 14, 1, 6, 19, 1, 9214, 1923305));
		add(departments, new DepartmentPlan(3, "Cochabamba", 4, 9, 9, 1, 20, 28, 2, 6390, 1340548));
		add(departments, new DepartmentPlan(4, "Oruro", 4, 4, 4, 1, 29, 32, 3, 1704, 339950));
		add(departments, new DepartmentPlan(5, "Potosí", 4, 7, 6, 0, 33, 39, null, 2364, 453287));
		add(departments, new DepartmentPlan(6, "Tarija", 4, 4, 4, 1, 40, 43, 4, 1856, 376846));
		add(departments, new DepartmentPlan(7, "Santa Cruz", 4, 14, 13, 1, 44, 57, 5, 9016, 1886386));
		add(departments, new DepartmentPlan(8, "Beni", 4, 4, 3, 1, 58, 61, 6, 1351, 270213));
		add(departments, new DepartmentPlan(9, "Pando", 4, 2, 2, 1, 62, 63, 7, 403, 72136));
		return new ElectionCatalog(1, "EG2020", "Elecciones Generales 2020", LocalDate.of(2020, 10, 18), parties, List.of(),
				departments, 1443, 301631);
	}

	private static void add(List<DepartmentPlan> departments, DepartmentPlan department) {
		departments.add(department);
	}

}
