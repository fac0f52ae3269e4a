package org.electionresults.audit;

import org.jspecify.annotations.Nullable;

/**
 * Text as the log stores it: control characters (a NUL would fail the insert, a line break would
 * forge a line in an export) replaced, and cut to the column's length.
 */
final class AuditText {

	private AuditText() {
	}

	static String clip(String text, int max) {
		String clean = text.codePoints()
			.map((c) -> Character.isISOControl(c) ? ' ' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		if (clean.length() <= max) {
			return clean;
		}
		// Never cut a surrogate pair in two.
		int end = Character.isHighSurrogate(clean.charAt(max - 2)) ? max - 2 : max - 1;
		return clean.substring(0, end) + "…";
	}

	static @Nullable String clipOrNull(@Nullable String text, int max) {
		return (text == null) ? null : clip(text, max);
	}

}
