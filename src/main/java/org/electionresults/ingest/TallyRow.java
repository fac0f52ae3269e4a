package org.electionresults.ingest;

import java.util.Arrays;
import java.util.Objects;

import org.electionresults.election.Ballot;

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
 * @param registered INSCRITOS_HABILITADOS
 * @param votes votes per party, {@code votes[position - 1]}; 0 for parties not on this ballot
 * @param valid VOTO_VALIDO
 * @param blank VOTO_BLANCO
 * @param nullVotes VOTO_NULO
 * @param emitted VOTO_EMITIDO
 * @param validSystem VOTO_VALIDO_SISTEMA, or {@code valid} when the file has no such value
 * @param emittedSystem VOTO_EMITIDO_SISTEMA, or {@code emitted} when the file has no such value
 */
public record TallyRow(int line, int mesaCode, Ballot ballot, int countryId, String country, int regionId,
		String region, int constituency, int provinceId, String province, int section, String municipality,
		int localityId, String locality, int stationId, String station, int number, int registered, int[] votes,
		int valid, int blank, int nullVotes, int emitted, int validSystem, int emittedSystem) {

	// The record's generated equals, hashCode and toString would compare and print the votes
	// array by identity.

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		return other instanceof TallyRow that && this.line == that.line && this.mesaCode == that.mesaCode
				&& this.ballot == that.ballot && this.countryId == that.countryId
				&& this.country.equals(that.country) && this.regionId == that.regionId
				&& this.region.equals(that.region) && this.constituency == that.constituency
				&& this.provinceId == that.provinceId && this.province.equals(that.province)
				&& this.section == that.section && this.municipality.equals(that.municipality)
				&& this.localityId == that.localityId && this.locality.equals(that.locality)
				&& this.stationId == that.stationId && this.station.equals(that.station)
				&& this.number == that.number && this.registered == that.registered
				&& Arrays.equals(this.votes, that.votes) && this.valid == that.valid && this.blank == that.blank
				&& this.nullVotes == that.nullVotes && this.emitted == that.emitted
				&& this.validSystem == that.validSystem && this.emittedSystem == that.emittedSystem;
	}

	@Override
	public int hashCode() {
		return 31 * Objects.hash(this.line, this.mesaCode, this.ballot, this.countryId, this.country, this.regionId,
				this.region, this.constituency, this.provinceId, this.province, this.section, this.municipality,
				this.localityId, this.locality, this.stationId, this.station, this.number, this.registered,
				this.valid, this.blank, this.nullVotes, this.emitted, this.validSystem, this.emittedSystem)
				+ Arrays.hashCode(this.votes);
	}

	@Override
	public String toString() {
		return "TallyRow[line=" + this.line + ", mesaCode=" + this.mesaCode + ", ballot=" + this.ballot
				+ ", countryId=" + this.countryId + ", country=" + this.country + ", regionId=" + this.regionId
				+ ", region=" + this.region + ", constituency=" + this.constituency + ", provinceId="
				+ this.provinceId + ", province=" + this.province + ", section=" + this.section + ", municipality="
				+ this.municipality + ", localityId=" + this.localityId + ", locality=" + this.locality
				+ ", stationId=" + this.stationId + ", station=" + this.station + ", number=" + this.number
				+ ", registered=" + this.registered + ", votes=" + Arrays.toString(this.votes) + ", valid="
				+ this.valid + ", blank=" + this.blank + ", nullVotes=" + this.nullVotes + ", emitted="
				+ this.emitted + ", validSystem=" + this.validSystem + ", emittedSystem=" + this.emittedSystem
				+ "]";
	}

}
