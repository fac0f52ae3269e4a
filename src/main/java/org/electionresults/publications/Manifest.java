package org.electionresults.publications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The manifest of one publication, and its one JSON rendering (UTF-8, two-space indent, fixed key
 * order, {@code \n} line ends). The bytes are written once, at commit, and kept; V10__publications.sql
 * renders publication 0 the same way.
 *
 * @param election election code
 * @param number publication number, 0 for the empty count
 * @param committedAt when the upload committed (millisecond precision)
 * @param upload the upload it publishes; {@code null} for publication 0
 * @param previous SHA-256 of publication {@code number - 1}'s manifest bytes; 64 zeros for 0
 * @param files the per-mesa files
 * @param changes actas inserted, corrected and withdrawn per ballot (keys: ballot names)
 * @param president national presidential totals after it
 */
public record Manifest(String election, int number, Instant committedAt, @Nullable UploadRef upload,
		String previous, List<FileDigest> files, Map<String, Changes> changes, NationalTotals president) {

	public static final String FORMAT = "election-results-publication/1";

	public static final String NO_PREVIOUS = "0".repeat(64);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	byte[] toJson() {
		StringBuilder json = new StringBuilder(1024);
		json.append("{\n");
		json.append("  \"format\": ").append(string(FORMAT)).append(",\n");
		json.append("  \"election\": ").append(string(this.election)).append(",\n");
		json.append("  \"number\": ").append(this.number).append(",\n");
		json.append("  \"committedAt\": ").append(string(TIME.format(this.committedAt))).append(",\n");
		json.append("  \"upload\": ");
		if (this.upload == null) {
			json.append("null");
		}
		else {
			json.append("{\"id\": ").append(this.upload.id()).append(", \"fileName\": ")
				.append(string(this.upload.fileName())).append(", \"sha256\": ").append(string(this.upload.sha256()))
				.append(", \"snapshot\": ").append(this.upload.snapshot());
			if (this.upload.reverts() != null) {
				json.append(", \"reverts\": ").append(this.upload.reverts());
			}
			json.append('}');
		}
		json.append(",\n");
		json.append("  \"previous\": ").append(string(this.previous)).append(",\n");
		json.append("  \"files\": [\n");
		json.append(this.files.stream()
			.map((file) -> "    {\"name\": " + string(file.name()) + ", \"sha256\": " + string(file.sha256())
					+ ", \"bytes\": " + file.bytes() + ", \"rows\": " + file.rows() + "}")
			.collect(Collectors.joining(",\n")));
		json.append("\n  ],\n");
		json.append("  \"changes\": {\n");
		json.append(this.changes.entrySet()
			.stream()
			.map((entry) -> "    " + string(entry.getKey()) + ": {\"inserted\": " + entry.getValue().inserted()
					+ ", \"corrected\": " + entry.getValue().corrected() + ", \"withdrawn\": "
					+ entry.getValue().withdrawn() + "}")
			.collect(Collectors.joining(",\n")));
		json.append("\n  },\n");
		NationalTotals totals = this.president;
		json.append("  \"president\": {\"mesas\": ").append(totals.mesas()).append(", \"registered\": ")
			.append(totals.registered()).append(", \"emitted\": ").append(totals.emitted()).append(", \"valid\": ")
			.append(totals.valid()).append(", \"blank\": ").append(totals.blank()).append(", \"null\": ")
			.append(totals.nullVotes()).append(", \"votes\": {");
		json.append(totals.votes()
			.entrySet()
			.stream()
			.map((entry) -> string(entry.getKey()) + ": " + entry.getValue())
			.collect(Collectors.joining(", ")));
		json.append("}}\n}\n");
		return json.toString().getBytes(StandardCharsets.UTF_8);
	}

	static String string(@Nullable String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	/**
	 * The upload a publication publishes.
	 *
	 * @param id upload id
	 * @param fileName the uploaded file's name
	 * @param sha256 SHA-256 of the uploaded bytes
	 * @param snapshot whether it was a complete snapshot (absent mesas withdrawn)
	 */
	/**
	 * The upload a publication comes from.
	 *
	 * @param id the upload
	 * @param fileName its file's name; {@code null} for a revert, which has no file
	 * @param sha256 its file's SHA-256; {@code null} for a revert
	 * @param snapshot whether it was a complete snapshot
	 * @param reverts for a revert, the upload it reverted; otherwise {@code null}
	 */
	public record UploadRef(long id, @Nullable String fileName, @Nullable String sha256, boolean snapshot,
			@Nullable Long reverts) {

	}

	/** Actas of one ballot the upload inserted, corrected (new version) and withdrawn. */
	public record Changes(long inserted, long corrected, long withdrawn) {

	}

	/**
	 * National presidential totals, the acta numbers as uploaded (withdrawn parties' marks inside
	 * {@code valid}, as on the actas).
	 */
	public record NationalTotals(long mesas, long registered, long emitted, long valid, long blank, long nullVotes,
			Map<String, Long> votes) {

	}

}
