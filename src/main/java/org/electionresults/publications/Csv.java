package org.electionresults.publications;

/**
 * The quoting rule of the per-mesa files, fixed here so that their bytes never depend on a library:
 * a field is quoted only when it holds a comma, a double quote or a line break; quotes inside are
 * doubled.
 */
final class Csv {

	private Csv() {
	}

	static String field(String value) {
		boolean quote = false;
		for (int i = 0; i < value.length() && !quote; i++) {
			char c = value.charAt(i);
			quote = c == ',' || c == '"' || c == '\n' || c == '\r';
		}
		return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

}
