package org.electionresults.ingest;

import java.text.Normalizer;

/**
 * The comparable form of a column name: upper case, without accents, spaces, underscores or
 * hyphens, so that {@code Código Mesa}, {@code codigo_mesa} and {@code CODIGO_MESA} are the
 * same column. Used once per header cell, never per data cell.
 */
final class HeaderName {

	private HeaderName() {
	}

	static String normalize(String name) {
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
		StringBuilder normalized = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK || Character.isWhitespace(c)
					|| Character.isSpaceChar(c) || c == '_' || c == '-' || c == '\uFEFF') {
				continue;
			}
			normalized.append(Character.toUpperCase(c));
		}
		return normalized.toString();
	}

}
