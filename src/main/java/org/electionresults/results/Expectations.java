package org.electionresults.results;

import org.electionresults.election.DepartmentPlan;

import java.time.Instant;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;

/**
 * What the reference data says a complete count holds: actas and registered voters expected in the
 * nation, in Bolivia, abroad and per department. Below a department the register gives no numbers.
 * Abroad only the presidential ballot is cast; the special ballot's expectations are not published.
 */
final class Expectations {

	private Expectations() {
	}

	static Progress progress(ElectionCatalog election, AreaTotal total) {
		Integer mesas = null;
		Long registered = null;
		Ballot ballot = total.ballot();
		if (ballot != Ballot.SPECIAL) {
			switch (total.level()) {
				case NATIONAL -> {
					mesas = bolivianMesas(election) + ((ballot == Ballot.PRESIDENT) ? election.abroadMesas() : 0);
					registered = bolivianRegistered(election)
							+ ((ballot == Ballot.PRESIDENT) ? election.abroadRegistered() : 0);
				}
				case ABROAD -> {
					mesas = election.abroadMesas();
					registered = (long) election.abroadRegistered();
				}
				case COUNTRY -> {
					if (total.area().equals(AreaKey.country(ElectionCatalog.BOLIVIA).value())) {
						mesas = bolivianMesas(election);
						registered = bolivianRegistered(election);
					}
				}
				case REGION -> {
					DepartmentPlan department = departmentOf(election, total.area());
					if (department != null) {
						mesas = department.expectedMesas();
						registered = (long) department.registeredVoters();
					}
				}
				default -> {
				}
			}
		}
		Instant updated = total.updatedAt();
		return new Progress(total.mesas(), mesas, total.sums().registered(), registered, updated);
	}

	private static int bolivianMesas(ElectionCatalog election) {
		return election.departments().stream().mapToInt(DepartmentPlan::expectedMesas).sum();
	}

	private static long bolivianRegistered(ElectionCatalog election) {
		return election.departments().stream().mapToLong(DepartmentPlan::registeredVoters).sum();
	}

	private static DepartmentPlan departmentOf(ElectionCatalog election, String regionKey) {
		return AreaKey.parse(AreaLevel.REGION, regionKey)
			.filter(AreaKey::inBolivia)
			.flatMap((key) -> election.department(key.id(1)))
			.orElse(null);
	}

}
