package org.electionresults.ingest;

import org.jspecify.annotations.Nullable;

/**
 * How an uploaded file was read.
 *
 * @param kind {@code CSV}, {@code XLSX}, or {@code UNKNOWN} when the content is not a tally
 * file at all
 * @param charset name of the detected text encoding ({@code UTF-8}, {@code ISO-8859-1} or
 * {@code windows-1252}); {@code null} unless CSV
 * @param delimiter the detected field delimiter; {@code null} unless CSV
 */
public record FileFormat(String kind, @Nullable String charset, @Nullable Character delimiter) {

	public static final String CSV = "CSV";

	public static final String XLSX = "XLSX";

	public static final String UNKNOWN = "UNKNOWN";

	static FileFormat csv(String charset, char delimiter) {
		return new FileFormat(CSV, charset, delimiter);
	}

	static FileFormat xlsx() {
		return new FileFormat(XLSX, null, null);
	}

	static FileFormat unknown() {
		return new FileFormat(UNKNOWN, null, null);
	}

}
