package org.electionresults.results;

import java.time.Instant;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionReference;
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
					ElectionReference.DepartmentPlan department = (total.level() == AreaLevel.REGION)
							? departmentOf(election, total.area()) : null;
					if (total.area().equals(AreaLevel.countryKey(ElectionReference.BOLIVIA))) {
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
		return new Progress(total.mesas(), mesas, total.registered(), registered, updated);
	}

	/** The register's place for an area key, or {@code null}; abroad only the presidential ballot is cast. */
	private static PlaceExpectation place(PollingStations stations, AreaLevel level, String key, Ballot ballot) {
		int[] ids = ids(key);
		if (ids == null) {
			return null;
		}
		boolean abroad = ids[0] != ElectionReference.BOLIVIA;
		PlaceExpectation place = switch (level) {
			case COUNTRY -> (ids.length == 1) ? stations.country(ids[0]).orElse(null) : null;
			case REGION -> (ids.length == 2) ? stations.region(ids[0], ids[1]).orElse(null) : null;
			case PROVINCE -> (ids.length == 3) ? stations.province(ids[0], ids[1], ids[2]).orElse(null) : null;
			case MUNICIPALITY -> (ids.length == 4) ? stations.municipality(ids[0], ids[1], ids[2], ids[3]).orElse(null)
					: null;
			case STATION -> {
				var station = (ids.length == 2) ? stations.station(ids[0], ids[1]).orElse(null) : null;
				abroad = station != null && station.abroad();
				yield (station != null)
						? new PlaceExpectation(station.name(), 1, station.mesas(), station.registered()) : null;
			}
			default -> null;
		};
		return (abroad && ballot != Ballot.PRESIDENT) ? null : place;
	}

	private static int[] ids(String key) {
		String[] parts = key.split(":");
		int[] ids = new int[parts.length];
		try {
			for (int i = 0; i < parts.length; i++) {
				ids[i] = Integer.parseInt(parts[i]);
			}
		}
		catch (NumberFormatException ex) {
			return null;
		}
		return ids;
	}

	private static int bolivianMesas(ElectionCatalog election) {
		return election.departments().stream().mapToInt(ElectionReference.DepartmentPlan::expectedMesas).sum();
	}

	private static long bolivianRegistered(ElectionCatalog election) {
		return election.departments().stream().mapToLong(ElectionReference.DepartmentPlan::registeredVoters).sum();
	}

	private static ElectionReference.DepartmentPlan departmentOf(ElectionCatalog election, String regionKey) {
		String prefix = ElectionReference.BOLIVIA + ":";
		if (!regionKey.startsWith(prefix)) {
			return null;
		}
		try {
			return election.department(Integer.parseInt(regionKey.substring(prefix.length()))).orElse(null);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
