package org.electionresults.publications;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.electionresults.election.Ballot;
import org.electionresults.election.ElectionCatalog.PartyInfo;

/**
 * The per-mesa files of a publication, one per ballot, in the official export's columns (so that
 * one can be uploaded again as it is) plus the acta's version and the upload that gave it.
 */
enum PerMesaFile {

	PRESIDENT("president.csv", Ballot.PRESIDENT, "CIRCUNSCRIPCION_UNINOMINAL"),

	UNINOMINAL("deputies-uninominal.csv", Ballot.UNINOMINAL, "CIRCUNSCRIPCION_UNINOMINAL"),

	SPECIAL("deputies-special.csv", Ballot.SPECIAL, "CIRCUNSCRIPCION_ESPECIAL");

	private final String fileName;

	private final Ballot ballot;

	private final String constituencyColumn;

	PerMesaFile(String fileName, Ballot ballot, String constituencyColumn) {
		this.fileName = fileName;
		this.ballot = ballot;
		this.constituencyColumn = constituencyColumn;
	}

	String fileName() {
		return this.fileName;
	}

	Ballot ballot() {
		return this.ballot;
	}

	static Optional<PerMesaFile> named(String fileName) {
		for (PerMesaFile file : values()) {
			if (file.fileName.equals(fileName)) {
				return Optional.of(file);
			}
		}
		return Optional.empty();
	}

	/** The parties with a column in this file, in export order (withdrawn ones included). */
	List<PartyInfo> parties(List<PartyInfo> parties) {
		return parties.stream().filter((party) -> party.standsOn(this.ballot)).toList();
	}

	/** The column names, in order; V10__publications.sql writes the same header for publication 0. */
	List<String> header(List<PartyInfo> parties) {
		List<String> header = new ArrayList<>(List.of("CODIGO_MESA", "CANDIDATURA", "ID_PAIS", "PAIS",
				"ID_DEPARTAMENTO", "DEPARTAMENTO", this.constituencyColumn, "ID_PROVINCIA", "PROVINCIA", "SECCION",
				"MUNICIPIO", "ID_LOCALIDAD", "LOCALIDAD", "ID_RECINTO", "RECINTO", "NUMERO_MESA",
				"INSCRITOS_HABILITADOS"));
		parties(parties).forEach((party) -> header.add(party.code()));
		header.addAll(List.of("VOTO_VALIDO", "VOTO_BLANCO", "VOTO_NULO", "VOTO_EMITIDO", "VERSION", "UPLOAD"));
		return header;
	}

}
