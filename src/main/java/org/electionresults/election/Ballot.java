package org.electionresults.election;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The three ballots of a Bolivian general election, as named in the CANDIDATURA column of the
 * official export.
 */
public enum Ballot {

	PRESIDENT("PRESIDENTE"),

	UNINOMINAL("DIPUTADO CIRCUNSCRIPCIÓN UNINOMINAL"),

	SPECIAL("DIPUTADO CIRCUNSCRIPCIÓN ESPECIAL");

	private final String exportName;

	Ballot(String exportName) {
		this.exportName = exportName;
	}

	/** The CANDIDATURA value of this ballot in the official export. */
	public String exportName() {
		return this.exportName;
	}

	/**
	 * The ballot named by a CANDIDATURA cell, ignoring case, accents and spacing, so that an
	 * ISO-8859-1 or re-saved copy still matches.
	 */
	public static Optional<Ballot> fromExportName(String value) {
		String wanted = normalize(value);
		for (Ballot ballot : values()) {
			if (normalize(ballot.exportName).equals(wanted)) {
				return Optional.of(ballot);
			}
		}
		return Optional.empty();
	}

	private static String normalize(String value) {
		String stripped = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return stripped.replaceAll("[\\s_]+", " ").trim().toUpperCase(Locale.ROOT);
	}

}
