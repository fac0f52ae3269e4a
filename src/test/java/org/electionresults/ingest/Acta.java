package org.electionresults.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.electionresults.election.Ballot;

/**
 * A valid row of the export, to be spoiled by tests: geography and votes that pass every
 * check, totals computed from the votes unless a test overrides a cell.
 */
final class Acta {

	static final List<String> UNINOMINAL_HEADER = List.of("CODIGO_MESA", "CANDIDATURA", "ID_PAIS", "PAIS",
			"ID_DEPARTAMENTO", "DEPARTAMENTO", "CIRCUNSCRIPCION_UNINOMINAL", "ID_PROVINCIA", "PROVINCIA", "SECCION",
			"MUNICIPIO", "ID_LOCALIDAD", "LOCALIDAD", "ID_RECINTO", "RECINTO", "NUMERO_MESA", "INSCRITOS_HABILITADOS",
			"CREEMOS", "ADN", "MAS_IPSP", "FPV", "PAN_BOL", "LIBRE_21", "CC", "JUNTOS", "VOTO_VALIDO", "VOTO_BLANCO",
			"VOTO_NULO", "VOTO_EMITIDO", "VOTO_VALIDO_SISTEMA", "VOTO_EMITIDO_SISTEMA");

	static final List<String> SPECIAL_HEADER;

	static final List<String> UNION_HEADER;

	static {
		List<String> special = new ArrayList<>(UNINOMINAL_HEADER);
		special.set(special.indexOf("CIRCUNSCRIPCION_UNINOMINAL"), "CIRCUNSCRIPCION_ESPECIAL");
		special.addAll(special.indexOf("JUNTOS") + 1,
				ReferenceFixtures.PARTY_CODES.subList(ReferenceFixtures.NATIONAL_PARTIES, 16));
		SPECIAL_HEADER = List.copyOf(special);
		List<String> union = new ArrayList<>(SPECIAL_HEADER);
		union.add(union.indexOf("CIRCUNSCRIPCION_ESPECIAL"), "CIRCUNSCRIPCION_UNINOMINAL");
		UNION_HEADER = List.copyOf(union);
	}

	private final Ballot ballot;

	private final Map<String, String> cells = new LinkedHashMap<>();

	private final int[] votes = new int[16];

	private int blank;

	private int nullVotes;

	private Acta(Ballot ballot, int mesa, int countryId, String country, int regionId, String region,
			int constituency) {
		this.ballot = ballot;
		this.cells.put("CODIGO_MESA", String.valueOf(mesa));
		this.cells.put("CANDIDATURA", ballot.exportName());
		this.cells.put("ID_PAIS", String.valueOf(countryId));
		this.cells.put("PAIS", country);
		this.cells.put("ID_DEPARTAMENTO", String.valueOf(regionId));
		this.cells.put("DEPARTAMENTO", region);
		this.cells.put((ballot == Ballot.SPECIAL) ? "CIRCUNSCRIPCION_ESPECIAL" : "CIRCUNSCRIPCION_UNINOMINAL",
				String.valueOf(constituency));
		this.cells.put("ID_PROVINCIA", "1");
		this.cells.put("PROVINCIA", "Provincia " + regionId);
		this.cells.put("SECCION", "1");
		this.cells.put("MUNICIPIO", "Municipio " + regionId);
		this.cells.put("ID_LOCALIDAD", "1204");
		this.cells.put("LOCALIDAD", "Localidad");
		this.cells.put("ID_RECINTO", "52");
		this.cells.put("RECINTO", "Escuela " + mesa);
		this.cells.put("NUMERO_MESA", "1");
		this.cells.put("INSCRITOS_HABILITADOS", "220");
		this.votes[2] = 78;
		this.votes[6] = 20;
		this.blank = 3;
		this.nullVotes = 2;
	}

	static Acta president(int mesa) {
		return new Acta(Ballot.PRESIDENT, mesa, 32, "Bolivia", 1, "Chuquisaca", 0);
	}

	static Acta abroad(int mesa) {
		return new Acta(Ballot.PRESIDENT, mesa, 4, "Alemania", 61, "Berlín", 0);
	}

	static Acta uninominal(int mesa) {
		return new Acta(Ballot.UNINOMINAL, mesa, 32, "Bolivia", 1, "Chuquisaca", 3);
	}

	static Acta uninominal(int mesa, int department, int constituency) {
		return new Acta(Ballot.UNINOMINAL, mesa, 32, "Bolivia", department, "Departamento " + department,
				constituency);
	}

	/** A special-ballot acta in Beni (special constituency 6), with votes for organisations. */
	static Acta special(int mesa) {
		return new Acta(Ballot.SPECIAL, mesa, 32, "Bolivia", 8, "Beni", 6).votes("CPEM_B", 40).votes("CIDOB", 5);
	}

	static Acta special(int mesa, int department, int constituency) {
		return new Acta(Ballot.SPECIAL, mesa, 32, "Bolivia", department, "Departamento " + department,
				constituency);
	}

	Acta votes(String party, int count) {
		this.votes[ReferenceFixtures.PARTY_CODES.indexOf(party)] = count;
		return this;
	}

	Acta blank(int count) {
		this.blank = count;
		return this;
	}

	Acta nullVotes(int count) {
		this.nullVotes = count;
		return this;
	}

	/** Overrides a cell's text (totals included: they are otherwise computed). */
	Acta set(String column, String text) {
		this.cells.put(column, text);
		return this;
	}

	Acta remove(String column) {
		this.cells.put(column, "");
		return this;
	}

	Ballot ballot() {
		return this.ballot;
	}

	int valid() {
		int valid = 0;
		for (int i = 0; i < this.votes.length; i++) {
			valid += this.votes[i];
		}
		return valid;
	}

	int emitted() {
		return valid() + this.blank + this.nullVotes;
	}

	int[] expectedVotes() {
		return this.votes.clone();
	}

	/** The cell of a column, empty for a column that does not apply to the ballot. */
	String cell(String column) {
		String text = this.cells.get(column);
		if (text != null) {
			return text;
		}
		int party = ReferenceFixtures.PARTY_CODES.indexOf(column);
		if (party >= 0) {
			boolean onBallot = party < ReferenceFixtures.NATIONAL_PARTIES || this.ballot == Ballot.SPECIAL;
			return onBallot ? String.valueOf(this.votes[party]) : "";
		}
		return switch (column) {
			case "VOTO_VALIDO", "VOTO_VALIDO_SISTEMA" -> String.valueOf(valid());
			case "VOTO_BLANCO" -> String.valueOf(this.blank);
			case "VOTO_NULO" -> String.valueOf(this.nullVotes);
			case "VOTO_EMITIDO", "VOTO_EMITIDO_SISTEMA" -> String.valueOf(emitted());
			default -> "";
		};
	}

	/** The row's cells in the order of a header. */
	List<String> fields(List<String> header) {
		return header.stream().map(this::cell).toList();
	}

}
