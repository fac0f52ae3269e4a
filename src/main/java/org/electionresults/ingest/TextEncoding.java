package org.electionresults.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a text tally file: UTF-8 (with or without BOM) when the whole file is valid
 * UTF-8, otherwise the OEP download's ISO-8859-1, read as windows-1252, its superset.
 * <p>
 * The whole file is checked, in a first streaming pass, rather than a prefix: the first rows of
 * an export are often plain ASCII (mesas abroad), and a wrong guess would garble every name with
 * an accent further down. The pass costs a few milliseconds for a full 12 MB export.
 *
 * @param charset the charset to decode the file with
 * @param name the encoding reported to the admin: {@code UTF-8}, {@code ISO-8859-1} or, when
 * the file uses bytes that only windows-1252 defines (curly quotes, the euro sign),
 * {@code windows-1252}
 * @param bomLength bytes of byte order mark to skip
 */
record TextEncoding(Charset charset, String name, int bomLength) {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final int CHUNK = 64 * 1024;

	static TextEncoding detect(Path file) throws IOException {
		Utf8Validator utf8 = new Utf8Validator();
		boolean windowsOnlyBytes = false;
		int bomLength = 0;
		byte[] buffer = new byte[CHUNK];
		try (InputStream in = Files.newInputStream(file)) {
			boolean first = true;
			int read;
			while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
				if (first) {
					bomLength = hasUtf8Bom(buffer, read) ? 3 : 0;
					first = false;
				}
				if (utf8.validSoFar()) {
					utf8.feed(buffer, 0, read);
				}
				windowsOnlyBytes = windowsOnlyBytes || hasC1Byte(buffer, read);
				if (!utf8.validSoFar() && windowsOnlyBytes) {
					break;
				}
			}
		}
		if (utf8.valid()) {
			return new TextEncoding(StandardCharsets.UTF_8, "UTF-8", bomLength);
		}
		return new TextEncoding(WINDOWS_1252, windowsOnlyBytes ? "windows-1252" : "ISO-8859-1", bomLength);
	}

	private static boolean hasUtf8Bom(byte[] bytes, int length) {
		return length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
	}

	/** Bytes 0x80-0x9F: control characters in ISO-8859-1, printable in windows-1252. */
	private static boolean hasC1Byte(byte[] bytes, int length) {
		for (int i = 0; i < length; i++) {
			int b = bytes[i] & 0xFF;
			if (b >= 0x80 && b <= 0x9F) {
				return true;
			}
		}
		return false;
	}

}
