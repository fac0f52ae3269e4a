package org.electionresults.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * The encoding of a text tally file: UTF-8 (with or without BOM) when the whole file is valid
 * UTF-8, otherwise the OEP download's ISO-8859-1, read as windows-1252, its superset.
 * <p>
 * The whole file is checked, in a first streaming pass, rather than a prefix: the first rows of
 * an export are often plain ASCII (mesas abroad), and a wrong guess would garble every name with
 * an accent further down. The pass costs a few tens of milliseconds for a full 12 MB export; only a
 * file that is not UTF-8 is read a second time, for what its report says.
 * <p>
 * A file that is not UTF-8 but also holds accented letters encoded in UTF-8 mixes the two (rows
 * pasted from a re-saved copy into the OEP download): however it is decoded, some of its names
 * come out garbled, so it is {@linkplain #mixed() marked} to be refused rather than read.
 *
 * @param charset the charset to decode the file with
 * @param name the encoding reported to the admin: {@code UTF-8}, {@code ISO-8859-1} or, when
 * the file uses bytes that only windows-1252 defines (curly quotes, the euro sign),
 * {@code windows-1252}
 * @param bomLength bytes of byte order mark to skip
 * @param mixed where a file mixes encodings, {@code null} if it does not
 */
record TextEncoding(Charset charset, String name, int bomLength, @Nullable Mixture mixed) {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final int CHUNK = 64 * 1024;

	TextEncoding(Charset charset, String name, int bomLength) {
		this(charset, name, bomLength, null);
	}

	static TextEncoding detect(Path file) throws IOException {
		Utf8Validator utf8 = new Utf8Validator();
		int bomLength = 0;
		byte[] buffer = new byte[CHUNK];
		try (InputStream in = Files.newInputStream(file)) {
			boolean first = true;
			int read;
			while (utf8.validSoFar() && (read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
				if (first) {
					bomLength = hasUtf8Bom(buffer, read) ? 3 : 0;
					first = false;
				}
				utf8.feed(buffer, 0, read);
			}
		}
		if (utf8.valid()) {
			return new TextEncoding(StandardCharsets.UTF_8, "UTF-8", bomLength);
		}
		// Not UTF-8: a second pass, from the start, finds what the report says of it (lines, bytes
		// only windows-1252 prints, letters in UTF-8). A UTF-8 file, the common case, is read once.
		ByteScan scan = new ByteScan();
		try (InputStream in = Files.newInputStream(file)) {
			int read;
			while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
				scan.scan(buffer, read, utf8.invalidAt());
				if (!utf8.validSoFar() && scan.windowsOnlyBytes && scan.firstUtf8Letter > 0) {
					break;
				}
			}
		}
		String name = scan.windowsOnlyBytes ? "windows-1252" : "ISO-8859-1";
		// Valid so far but not valid: the file ends in the middle of a character, on its last line.
		int notUtf8 = utf8.validSoFar() ? scan.line : scan.firstNotUtf8;
		Mixture mixed = (scan.firstUtf8Letter > 0) ? new Mixture(scan.firstUtf8Letter, notUtf8, name) : null;
		return new TextEncoding(WINDOWS_1252, name, bomLength, mixed);
	}

	private static boolean hasUtf8Bom(byte[] bytes, int length) {
		return length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
	}

	/**
	 * Where a file mixes encodings.
	 *
	 * @param utf8Line the first line with an accented letter in UTF-8
	 * @param otherLine the first line that is not UTF-8
	 * @param otherEncoding what that line is: {@code ISO-8859-1} or {@code windows-1252}
	 */
	record Mixture(int utf8Line, int otherLine, String otherEncoding) {

	}

	/**
	 * Finds, in one pass over the bytes:
	 * <ul>
	 * <li>the line of the first byte that is not UTF-8;</li>
	 * <li>the first line with a Latin-1 letter in UTF-8: lead byte C2 or C3, then a continuation
	 * byte (é is C3 A9). In Spanish ISO-8859-1 text that pair would read as "Ã©" or "Â¿", which
	 * no name has;</li>
	 * <li>whether there are bytes 0x80-0x9F outside UTF-8 sequences: control characters in
	 * ISO-8859-1, printable in windows-1252 (curly quotes, the euro sign).</li>
	 * </ul>
	 * Lines end with LF, CRLF or CR, as for the CSV reader.
	 */
	private static final class ByteScan {

		private long offset;

		private int line = 1;

		private boolean afterCr;

		private boolean afterLatin1Lead;

		/** Continuation bytes that would complete a UTF-8 sequence started just before. */
		private int continuations;

		private int firstUtf8Letter;

		private int firstNotUtf8;

		private boolean windowsOnlyBytes;

		/**
		 * @param invalidAt offset of the first byte that is not UTF-8, -1 if none yet
		 */
		void scan(byte[] bytes, int length, long invalidAt) {
			for (int i = 0; i < length; i++, this.offset++) {
				int b = bytes[i] & 0xFF;
				if (this.afterCr && b != '\n') {
					this.line++;
				}
				if (this.offset == invalidAt) {
					this.firstNotUtf8 = this.line;
				}
				if (this.firstUtf8Letter == 0 && this.afterLatin1Lead && b >= 0x80 && b <= 0xBF) {
					this.firstUtf8Letter = this.line;
				}
				this.afterLatin1Lead = b == 0xC2 || b == 0xC3;
				continuation(b);
				this.afterCr = b == '\r';
				if (b == '\n') {
					this.line++;
				}
			}
		}

		private void continuation(int b) {
			if (b >= 0x80 && b <= 0xBF && this.continuations > 0) {
				this.continuations--;
				return;
			}
			this.windowsOnlyBytes = this.windowsOnlyBytes || (b >= 0x80 && b <= 0x9F);
			this.continuations = (b >= 0xC2 && b <= 0xDF) ? 1 : (b >= 0xE0 && b <= 0xEF) ? 2
					: (b >= 0xF0 && b <= 0xF4) ? 3 : 0;
		}

	}

}
