package org.electionresults.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A file as received, before it is read: who sent it, its name and its fingerprint.
 *
 * @param file where the bytes are on disk
 * @param fileName the name it was sent with
 * @param sha256 hex SHA-256 of the bytes
 * @param sizeBytes the size
 * @param snapshot whether the sender marked it as a complete snapshot
 * @param uploadedBy the administrator
 * @param receivedAt when it arrived
 */
public record UploadAttempt(Path file, String fileName, String sha256, long sizeBytes, boolean snapshot,
		String uploadedBy, Instant receivedAt) {

	private static final int MAX_NAME = 255;

	public static UploadAttempt of(Path file, String fileName, boolean snapshot, String uploadedBy)
			throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return new UploadAttempt(file, name(fileName), HexFormat.of().formatHex(digest.digest()), Files.size(file),
				snapshot, uploadedBy, Instant.now());
	}

	/**
	 * The name as sent, without any directory (some browsers send a Windows path) and with
	 * control characters, which no text column takes, replaced: it is the client's text, not a
	 * path on this machine.
	 */
	static String name(String fileName) {
		String name = (fileName == null) ? "" : fileName.substring(
				Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
		name = name.codePoints()
			.map((c) -> Character.isISOControl(c) ? '_' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		if (name.isBlank()) {
			return "upload";
		}
		return (name.length() > MAX_NAME) ? name.substring(0, MAX_NAME) : name;
	}

}
