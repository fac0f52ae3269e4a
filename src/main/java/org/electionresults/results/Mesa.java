package org.electionresults.results;

import java.util.List;
import java.util.Optional;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog;

/**
 * A polling table with where it is and every version of its actas.
 *
 * @param code the mesa code
 * @param countryId country id, 32 for Bolivia
 * @param country country name
 * @param regionId department id in Bolivia, city id abroad
 * @param region department or city
 * @param provinceId province id
 * @param province province
 * @param section municipal section
 * @param municipality municipality
 * @param localityId locality id
 * @param locality locality
 * @param stationId polling station number within its locality
 * @param station polling station
 * @param number the mesa's number in its polling station
 * @param tallies every version of every acta, current first per ballot
 */
public record Mesa(int code, int countryId, String country, int regionId, String region, int provinceId,
		String province, int section, String municipality, int localityId, String locality, int stationId,
		String station, int number,
		List<MesaTally> tallies) {

	public Mesa {
		tallies = List.copyOf(tallies);
	}

	public boolean abroad() {
		return this.countryId != ElectionCatalog.BOLIVIA;
	}

	public Optional<MesaTally> current(Ballot ballot) {
		return this.tallies.stream().filter((t) -> t.ballot() == ballot && t.current()).findFirst();
	}

	public List<MesaTally> history(Ballot ballot) {
		return this.tallies.stream().filter((t) -> t.ballot() == ballot).toList();
	}

	public String regionKey() {
		return AreaKey.region(this.countryId, this.regionId).value();
	}

	public String municipalityKey() {
		return AreaKey.municipality(this.countryId, this.regionId, this.provinceId, this.section).value();
	}

	public String stationKey() {
		return AreaKey.station(this.localityId, this.stationId).value();
	}

}
