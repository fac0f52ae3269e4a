package org.electionresults.results;

import org.electionresults.election.DepartmentPlan;

import java.time.Instant;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.PlaceExpectation;
import org.electionresults.election.PollingStations;

/**
 * What the reference data says a complete count holds: actas and registered voters expected in the
 * nation, in Bolivia, abroad and per department (seat plan), and per country and city abroad,
 * province, municipality and polling station (the polling-station register). Abroad only the
 * presidential ballot is cast; the special ballot's expectations are not published.
 */
final class Expectations {

	private Expectations() {
	}

	static Progress progress(ElectionCatalog election, PollingStations stations, AreaTotal total) {
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
				case COUNTRY, REGION, PROVINCE, MUNICIPALITY, STATION -> {
					DepartmentPlan department = (total.level() == AreaLevel.REGION)
							? departmentOf(election, total.area()) : null;
					if (total.area().equals(AreaKey.country(ElectionCatalog.BOLIVIA).value())) {
						mesas = bolivianMesas(election);
						registered = bolivianRegistered(election);
					}
					else if (department != null) {
						mesas = department.expectedMesas();
						registered = (long) department.registeredVoters();
					}
					else {
						PlaceExpectation place = place(stations, total.level(), total.area(), ballot);
						if (place != null) {
							mesas = place.mesas();
							registered = place.registered();
						}
					}
				}
				default -> {
				}
			}
		}
		Instant updated = total.updatedAt();
		return new Progress(total.mesas(), mesas, total.sums().registered(), registered, updated);
	}

	/** The register's place for an area key, or {@code null}; abroad only the presidential ballot is cast. */
	private static PlaceExpectation place(PollingStations stations, AreaLevel level, String key, Ballot ballot) {
		AreaKey area = AreaKey.parse(level, key).orElse(null);
		if (area == null) {
			return null;
		}
		boolean abroad = !area.inBolivia();
		PlaceExpectation place = switch (level) {
			case COUNTRY -> stations.country(area.id(0)).orElse(null);
			case REGION -> stations.region(area.id(0), area.id(1)).orElse(null);
			case PROVINCE -> stations.province(area.id(0), area.id(1), area.id(2)).orElse(null);
			case MUNICIPALITY -> stations.municipality(area.id(0), area.id(1), area.id(2), area.id(3)).orElse(null);
			case STATION -> {
				var station = stations.station(area.id(0), area.id(1)).orElse(null);
				abroad = station != null && station.abroad();
				yield (station != null)
						? new PlaceExpectation(station.name(), 1, station.mesas(), station.registered()) : null;
			}
			default -> null;
		};
		return (abroad && ballot != Ballot.PRESIDENT) ? null : place;
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
