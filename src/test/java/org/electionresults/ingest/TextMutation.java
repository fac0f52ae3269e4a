package org.electionresults.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One damage to the text of a file: a character, a line or a comma-separated field deleted,
 * doubled, swapped or replaced. {@code a} and {@code b} (not negative) pick positions, modulo
 * the size of what they index; {@code text} is what gets inserted.
 */
record TextMutation(Kind kind, int a, int b, String text) {

	/** Text that mutations insert or put in a field: delimiters, quotes, numbers near the limits. */
	static final List<String> SNIPPETS = List.of(",", ";", "\"", "\n", "\r\n", " ", ".", "-", "0", "9", "x",
			"\0", "é", "\uFEFF", "12.5", "1.000", "-1", "2147483648", "99999999999999999999", "", "220", "0.0",
			"PRESIDENTE", "DIPUTADO CIRCUNSCRIPCIÓN ESPECIAL", "DIPUTADO CIRCUNSCRIPCIÓN UNINOMINAL", "CODIGO_MESA",
			"32", "6", "63", "=cmd|' /C calc'!A0", "<script>", "\"\"", "x".repeat(300));

	String apply(String content) {
		if (content.isEmpty()) {
			return this.text;
		}
		return switch (this.kind) {
			case DELETE_CHAR -> {
				int i = this.a % content.length();
				yield content.substring(0, i) + content.substring(i + 1);
			}
			case DUPLICATE_CHAR -> {
				int i = this.a % content.length();
				yield content.substring(0, i + 1) + content.substring(i);
			}
			case SWAP_CHARS -> {
				char[] chars = content.toCharArray();
				int i = this.a % chars.length;
				int j = this.b % chars.length;
				char c = chars[i];
				chars[i] = chars[j];
				chars[j] = c;
				yield new String(chars);
			}
			case INSERT_TEXT -> {
				int i = this.a % (content.length() + 1);
				yield content.substring(0, i) + this.text + content.substring(i);
			}
			case DELETE_LINE, DUPLICATE_LINE, SWAP_LINES -> lines(content);
			case DELETE_FIELD, DUPLICATE_FIELD, SWAP_FIELDS, REPLACE_FIELD, CHANGE_NUMBER -> fields(content);
		};
	}

	private String lines(String content) {
		List<String> lines = new ArrayList<>(Arrays.asList(content.split("\n", -1)));
		int i = this.a % lines.size();
		int j = this.b % lines.size();
		switch (this.kind) {
			case DELETE_LINE -> lines.remove(i);
			case DUPLICATE_LINE -> lines.add(i, lines.get(i));
			default -> {
				String line = lines.get(i);
				lines.set(i, lines.get(j));
				lines.set(j, line);
			}
		}
		return String.join("\n", lines);
	}

	private String fields(String content) {
		List<String> lines = new ArrayList<>(Arrays.asList(content.split("\n", -1)));
		int lineIndex = this.a % lines.size();
		List<String> fields = new ArrayList<>(Arrays.asList(lines.get(lineIndex).split(",", -1)));
		int i = this.b % fields.size();
		int j = (this.a / 7) % fields.size();
		switch (this.kind) {
			case DELETE_FIELD -> fields.remove(i);
			case DUPLICATE_FIELD -> fields.add(i, fields.get(i));
			case SWAP_FIELDS -> {
				String field = fields.get(i);
				fields.set(i, fields.get(j));
				fields.set(j, field);
			}
			case REPLACE_FIELD -> fields.set(i, this.text);
			default -> fields.set(i, String.valueOf(this.b % 500 - 50));
		}
		lines.set(lineIndex, String.join(",", fields));
		return String.join("\n", lines);
	}

	enum Kind {

		DELETE_CHAR, DUPLICATE_CHAR, SWAP_CHARS, INSERT_TEXT, DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, DELETE_FIELD,
		DUPLICATE_FIELD, SWAP_FIELDS, REPLACE_FIELD, CHANGE_NUMBER

	}

}
