package org.electionresults.ingest;


import org.electionresults.election.Ballot;
import org.electionresults.results.ActaNumbers;

/**
 * One valid row of a tally file: the acta of one mesa for one ballot.
 *
 * @param line line (CSV) or sheet row (XLSX) the row was read from, to point at it later, e.g.
 * when the caller finds a duplicate
 * @param mesaCode CODIGO_MESA, positive
 * @param ballot CANDIDATURA
 * @param countryId ID_PAIS; {@link org.electionresults.election.ElectionCatalog#BOLIVIA} or a
 * country abroad
 * @param country PAIS
 * @param regionId ID_DEPARTAMENTO: a department 1..9 in Bolivia, a city or region abroad
 * @param region DEPARTAMENTO
 * @param constituency uninominal (1-63) or special (1-7) constituency; 0 for PRESIDENT
 * @param provinceId ID_PROVINCIA
 * @param province PROVINCIA
 * @param section SECCION
 * @param municipality MUNICIPIO
 * @param localityId ID_LOCALIDAD
 * @param locality LOCALIDAD
 * @param stationId ID_RECINTO
 * @param station RECINTO
 * @param number NUMERO_MESA
 * @param acta the acta's numbers as written: registered, votes per party ({@code votesAt(position)}; 0
 * for parties not on this ballot), valid, blank, null, emitted
 * @param validSystem VOTO_VALIDO_SISTEMA, or {@code valid} when the file has no such value
 * @param emittedSystem VOTO_EMITIDO_SISTEMA, or {@code emitted} when the file has no such value
 */
public record TallyRow(int line, int mesaCode, Ballot ballot, int countryId, String country, int regionId,
		String region, int constituency, int provinceId, String province, int section, String municipality,
		int localityId, String locality, int stationId, String station, int number, ActaNumbers acta,
		long validSystem, long emittedSystem) {

}
