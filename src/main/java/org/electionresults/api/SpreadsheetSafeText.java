package org.electionresults.api;

/**
 * Text for a CSV cell that a spreadsheet will not run: a value that starts like a formula ({@code =},
 * {@code +}, {@code -}, {@code @}, tab, carriage return) is prefixed with an apostrophe, the
 * OWASP-recommended neutralisation. Names come from uploaded files and are not trusted.
 */
final class SpreadsheetSafeText {

	private SpreadsheetSafeText() {
	}

	static String of(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula ? "'" + value : value;
	}

}
