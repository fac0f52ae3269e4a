package org.electionresults.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * A CSV tally export as lines, to spoil in tests: a cell is found by its column name under
 * whichever header line applies to it, and every change returns a changed copy. Lines are
 * numbered from 1, as in the reader's problems.
 */
final class ExportLines {

	private static final String HEADER_START = "CODIGO_MESA";

	private final List<String> lines;

	private final char delimiter;

	private ExportLines(List<String> lines, char delimiter) {
		this.lines = List.copyOf(lines);
		this.delimiter = delimiter;
	}

	/** The lines a generated export is written as; it must have no quoted line break. */
	static ExportLines of(SyntheticExport export) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			export.writeCsv(out);
			String text = out.toString(export.charset());
			return new ExportLines(Arrays.asList(text.split("\r?\n")), export.delimiter());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int size() {
		return this.lines.size();
	}

	String line(int number) {
		return this.lines.get(number - 1);
	}

	List<String> fields(int number) {
		return split(line(number));
	}

	boolean isHeader(int number) {
		return line(number).startsWith(HEADER_START);
	}

	/** The data line of a row, as read under its header. */
	Row row(int number) {
		if (isHeader(number)) {
			throw new IllegalArgumentException("Line " + number + " is a header");
		}
		return new Row(number, fields(headerLine(number)), fields(number));
	}

	/** The data rows, in file order. */
	List<Row> rows() {
		return IntStream.rangeClosed(1, size()).filter((n) -> !isHeader(n)).mapToObj(this::row).toList();
	}

	/** The first data line matching; fails when there is none. */
	int lineOf(Predicate<Row> which) {
		return rows().stream()
			.filter(which)
			.mapToInt(Row::number)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No row matches"));
	}

	/** The header line that applies to a line: the nearest one at or above it. */
	int headerLine(int number) {
		for (int n = number; n >= 1; n--) {
			if (isHeader(n)) {
				return n;
			}
		}
		throw new IllegalStateException("No header above line " + number);
	}

	/** The header line and the data lines under it, up to the next header. */
	List<Integer> block(int headerLine) {
		List<Integer> block = new ArrayList<>(List.of(headerLine));
		for (int n = headerLine + 1; n <= size() && !isHeader(n); n++) {
			block.add(n);
		}
		return block;
	}

	/** The cells of a block: its header line's column names, then its data lines' cells. */
	List<List<String>> blockCells(int headerLine) {
		return block(headerLine).stream().map(this::fields).toList();
	}

	ExportLines withCell(int number, String column, String value) {
		return withFields(number, (fields) -> {
			fields.set(columnIndex(number, column), value);
			return fields;
		});
	}

	/** Sets a cell on every data line matching. */
	ExportLines withCells(Predicate<Row> which, String column, String value) {
		ExportLines changed = this;
		for (Row row : rows()) {
			if (which.test(row)) {
				changed = changed.withCell(row.number(), column, value);
			}
		}
		return changed;
	}

	/** Adds {@code delta} to a count cell. */
	ExportLines plus(int number, String column, int delta) {
		return withCell(number, column, String.valueOf(row(number).count(column) + delta));
	}

	ExportLines swapCells(int number, String first, String second) {
		String a = row(number).get(first);
		String b = row(number).get(second);
		return withCell(number, first, b).withCell(number, second, a);
	}

	/** Rewrites the fields of a line (a header line's fields are its column names). */
	ExportLines withFields(int number, UnaryOperator<List<String>> edit) {
		return withLine(number, join(edit.apply(new ArrayList<>(fields(number)))));
	}

	ExportLines withLine(int number, String text) {
		List<String> changed = new ArrayList<>(this.lines);
		changed.set(number - 1, text);
		return new ExportLines(changed, this.delimiter);
	}

	/** Inserts a line so that it becomes line {@code number}. */
	ExportLines insert(int number, String text) {
		List<String> changed = new ArrayList<>(this.lines);
		changed.add(number - 1, text);
		return new ExportLines(changed, this.delimiter);
	}

	ExportLines firstLines(int count) {
		return new ExportLines(this.lines.subList(0, count), this.delimiter);
	}

	/**
	 * Adds a column to the header at {@code headerLine} after column {@code after}, with a value
	 * on each data line under it.
	 */
	ExportLines insertColumn(int headerLine, String after, String name, IntFunction<String> valueOnLine) {
		int position = columnIndex(headerLine + 1, after) + 1;
		ExportLines changed = this;
		for (int number : block(headerLine)) {
			String value = (number == headerLine) ? name : valueOnLine.apply(number);
			changed = changed.withFields(number, (fields) -> {
				fields.add(position, value);
				return fields;
			});
		}
		return changed;
	}

	/** Removes a column from the header at {@code headerLine} and from the data lines under it. */
	ExportLines removeColumn(int headerLine, String column) {
		int position = columnIndex(headerLine + 1, column);
		ExportLines changed = this;
		for (int number : block(headerLine)) {
			changed = changed.withFields(number, (fields) -> {
				fields.remove(position);
				return fields;
			});
		}
		return changed;
	}

	/** The text, each line ended by a line feed. */
	String text() {
		return String.join("\n", this.lines) + "\n";
	}

	byte[] utf8() {
		return text().getBytes(StandardCharsets.UTF_8);
	}

	private int columnIndex(int number, String column) {
		int index = fields(headerLine(number)).indexOf(column);
		if (index < 0) {
			throw new IllegalArgumentException("No column " + column + " above line " + number);
		}
		return index;
	}

	private List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStart = true;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && fieldStart) {
				quoted = true;
			}
			else if (c == this.delimiter) {
				fields.add(field.toString());
				field.setLength(0);
				fieldStart = true;
				continue;
			}
			else {
				field.append(c);
			}
			fieldStart = false;
		}
		fields.add(field.toString());
		return fields;
	}

	private String join(List<String> fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			String field = fields.get(i);
			if (i > 0) {
				line.append(this.delimiter);
			}
			boolean quote = field.indexOf(this.delimiter) >= 0 || field.contains("\"") || field.contains("\n")
					|| field.contains("\r");
			line.append(quote ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
		}
		return line.toString();
	}

	/**
	 * One data line, read by column name.
	 *
	 * @param number its line number
	 * @param header the column names of the header it is under
	 * @param fields its cells
	 */
	record Row(int number, List<String> header, List<String> fields) {

		String get(String column) {
			int index = this.header.indexOf(column);
			return (index < 0 || index >= this.fields.size()) ? "" : this.fields.get(index);
		}

		int count(String column) {
			return Integer.parseInt(get(column).trim());
		}

		boolean is(String column, String value) {
			return get(column).trim().equals(value);
		}

	}

}
