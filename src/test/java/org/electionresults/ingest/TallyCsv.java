package org.electionresults.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes small tally CSV files for tests, the way the export does: quoting only the fields
 * that need it.
 */
final class TallyCsv {

	private final List<String> lines = new ArrayList<>();

	private final String delimiter;

	private TallyCsv(String delimiter) {
		this.delimiter = delimiter;
	}

	static TallyCsv withHeader(List<String> header) {
		return withHeader(header, ",");
	}

	static TallyCsv withHeader(List<String> header, String delimiter) {
		return new TallyCsv(delimiter).fields(header);
	}

	/** A file of the 31-column layout with these rows. */
	static String of(Acta... rows) {
		TallyCsv csv = withHeader(Acta.UNINOMINAL_HEADER);
		for (Acta row : rows) {
			csv.row(row, Acta.UNINOMINAL_HEADER);
		}
		return csv.text();
	}

	TallyCsv row(Acta row, List<String> layout) {
		return fields(row.fields(layout));
	}

	TallyCsv fields(List<String> fields) {
		this.lines.add(fields.stream().map(this::quoted).collect(Collectors.joining(this.delimiter)));
		return this;
	}

	TallyCsv line(String line) {
		this.lines.add(line);
		return this;
	}

	String text() {
		return text("\n");
	}

	String text(String newline) {
		return String.join(newline, this.lines) + newline;
	}

	private String quoted(String field) {
		if (field.contains(this.delimiter) || field.contains("\"") || field.contains("\n")) {
			return "\"" + field.replace("\"", "\"\"") + "\"";
		}
		return field;
	}

}
