package org.electionresults.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What an uploaded file is, judged by its content rather than its name: admins rename files,
 * and browsers send whatever extension the file had.
 */
enum ContentKind {

	/** No bytes at all. */
	EMPTY,

	/** An Office Open XML workbook. */
	XLSX,

	/** A ZIP archive whose workbook cannot be opened: a truncated or damaged upload. */
	BROKEN_XLSX,

	/** A spreadsheet in a format that cannot be streamed: Excel 97-2003, OpenDocument, encrypted. */
	OTHER_SPREADSHEET,

	/** Text in UTF-16 or UTF-32 (Excel's "Unicode text"), with or without a byte order mark. */
	WIDE_TEXT,

	/** Anything else that is not text: an image, a PDF with binary streams, another archive. */
	BINARY,

	/** Text, hopefully CSV. */
	TEXT;

	/**
	 * Bytes looked at to tell text from binary: images and archives have a NUL byte within
	 * their first few bytes, a tally file has none in its header. A NUL further down a text file
	 * is a damaged row, reported as such.
	 */
	private static final int PREFIX = 1024;

	/** Characters needed to recognise UTF-16 without a byte order mark. */
	private static final int MIN_UTF16_PAIRS = 8;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	static ContentKind of(Path file, String fileName) throws IOException {
		byte[] prefix;
		try (InputStream in = Files.newInputStream(file)) {
			prefix = in.readNBytes(PREFIX);
		}
		if (prefix.length == 0) {
			return EMPTY;
		}
		if (startsWith(prefix, ZIP)) {
			return zipKind(file, fileName);
		}
		if (startsWith(prefix, OLE2)) {
			return OTHER_SPREADSHEET;
		}
		if (startsWith(prefix, new byte[] { (byte) 0xFF, (byte) 0xFE })
				|| startsWith(prefix, new byte[] { (byte) 0xFE, (byte) 0xFF }) || isUtf16WithoutBom(prefix)) {
			return WIDE_TEXT;
		}
		for (byte b : prefix) {
			if (b == 0) {
				return BINARY;
			}
		}
		return TEXT;
	}

	private static ContentKind zipKind(Path file, String fileName) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.getEntry("xl/workbook.xml") != null) {
				return XLSX;
			}
			ZipEntry mimetype = zip.getEntry("mimetype");
			if (mimetype != null) {
				try (InputStream in = zip.getInputStream(mimetype)) {
					String type = new String(in.readNBytes(100), StandardCharsets.US_ASCII);
					if (type.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
						return OTHER_SPREADSHEET;
					}
				}
			}
			return BINARY;
		}
		catch (IOException ex) {
			// The file itself was readable a moment ago, so this is a damaged archive: a damaged
			// workbook if that is what the admin meant to send.
			return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? BROKEN_XLSX : BINARY;
		}
	}

	/**
	 * Whether the bytes look like UTF-16 text written without a byte order mark: Latin text in
	 * UTF-16 has a NUL as every other byte (the high byte of each character), and no NUL in
	 * between. Binary formats have NULs anywhere.
	 */
	private static boolean isUtf16WithoutBom(byte[] bytes) {
		int pairs = bytes.length / 2;
		if (pairs < MIN_UTF16_PAIRS) {
			return false;
		}
		int evenNuls = 0;
		int oddNuls = 0;
		for (int i = 0; i < pairs * 2; i += 2) {
			evenNuls += (bytes[i] == 0) ? 1 : 0;
			oddNuls += (bytes[i + 1] == 0) ? 1 : 0;
		}
		return (evenNuls == 0 && oddNuls * 10 >= pairs * 9) || (oddNuls == 0 && evenNuls * 10 >= pairs * 9);
	}

	private static boolean startsWith(byte[] bytes, byte[] magic) {
		if (bytes.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (bytes[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
