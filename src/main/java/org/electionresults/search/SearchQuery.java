package org.electionresults.search;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed, as plain text: control characters become spaces, runs of spaces one, at
 * most {@link #MAX_LENGTH} characters. It only ever reaches the database as a bound parameter.
 *
 * @param text the cleaned text, possibly empty
 */
public record SearchQuery(String text) {

	public static final int MAX_LENGTH = 100;

	/** A mesa's code, alone or after the word "mesa". */
	private static final Pattern NUMBER = Pattern.compile("(?i)(?:mesa\\s*)?(\\d{1,9})");

	public static SearchQuery of(String raw) {
		if (raw == null) {
			return new SearchQuery("");
		}
		String text = raw.replaceAll("[\\p{Cc}\\p{Cf}\\p{Z}\\s]+", " ").strip();
		if (text.length() > MAX_LENGTH) {
			text = text.substring(0, MAX_LENGTH).strip();
		}
		return new SearchQuery(text);
	}

	/** Too short to look for: names need two characters. */
	public boolean tooShort() {
		return this.text.length() < 2 && number().isEmpty();
	}

	/** The number asked for, when the text is one: numbers are matched exactly, never fuzzily. */
	public OptionalInt number() {
		Matcher matcher = NUMBER.matcher(this.text);
		return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
	}

}
