package org.electionresults.election;

import java.math.BigDecimal;

/**
 * A 2020 polling station (recinto) of the reference data, counted or not, keyed as in the export.
 *
 * @param countryId the export's ID_PAIS ({@link ElectionCatalog#BOLIVIA} is Bolivia)
 * @param regionId a department in Bolivia, a city or region abroad
 * @param provinceId the province
 * @param section the municipal section (municipality)
 * @param localityId the locality
 * @param stationId the station's number within its locality
 * @param name the station's name
 * @param municipality the municipality's name (abroad: the city's)
 * @param latitude WGS84 latitude
 * @param longitude WGS84 longitude
 * @param mesas mesas expected
 * @param registered registered voters expected
 * @param areaType area type (metropol, periurbano, ruralconect, ruralaislado, desconocido, exterior)
 */
public record PollingStation(int countryId, int regionId, int provinceId, int section, int localityId, int stationId,
		String name, String municipality, BigDecimal latitude, BigDecimal longitude, int mesas, int registered,
		String areaType) {

	public boolean abroad() {
		return this.countryId != ElectionCatalog.BOLIVIA;
	}

}
