package org.electionresults.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextEncodingTests {

	@TempDir
	Path directory;

	@Test
	void plainAsciiIsUtf8() throws IOException {
		assertThat(detect("CODIGO_MESA\n1\n".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo(new TextEncoding(StandardCharsets.UTF_8, "UTF-8", 0));
	}

	@Test
	void utf8WithAndWithoutBom() throws IOException {
		assertThat(detect("Potosí".getBytes(StandardCharsets.UTF_8)).name()).isEqualTo("UTF-8");
		TextEncoding withBom = detect("\uFEFFPotosí".getBytes(StandardCharsets.UTF_8));
		assertThat(withBom.name()).isEqualTo("UTF-8");
		assertThat(withBom.bomLength()).isEqualTo(3);
	}

	@Test
	void latin1AndWindows1252() throws IOException {
		assertThat(detect("Potosí".getBytes(StandardCharsets.ISO_8859_1)).name()).isEqualTo("ISO-8859-1");
		TextEncoding windows = detect("“Pedro Goyena” Potosí".getBytes(Charset.forName("windows-1252")));
		assertThat(windows.name()).isEqualTo("windows-1252");
		assertThat(windows.charset()).isEqualTo(Charset.forName("windows-1252"));
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3 })
	void aCharacterCutByTheReadBufferIsStillUtf8(int bytesBeforeBoundary) throws IOException {
		// "𝄞" (4 bytes) and "í" (2 bytes) straddling the 64 KB chunks of the check.
		byte[] filler = "a".repeat(64 * 1024 - bytesBeforeBoundary).getBytes(StandardCharsets.US_ASCII);
		byte[] text = "𝄞í,Potosí\n".getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[filler.length + text.length];
		System.arraycopy(filler, 0, content, 0, filler.length);
		System.arraycopy(text, 0, content, filler.length, text.length);
		assertThat(detect(content).name()).isEqualTo("UTF-8");
	}

	@Test
	void latin1AfterALongAsciiPrefix() throws IOException {
		byte[] content = ("a".repeat(200_000) + "Potosí").getBytes(StandardCharsets.ISO_8859_1);
		assertThat(detect(content).name()).isEqualTo("ISO-8859-1");
	}

	@Test
	void aFileEndingInTheMiddleOfACharacterIsNotUtf8() throws IOException {
		byte[] potosi = "Potosí".getBytes(StandardCharsets.UTF_8);
		byte[] cut = Arrays.copyOf(potosi, potosi.length - 1);
		assertThat(detect(cut).name()).isEqualTo("ISO-8859-1");
	}

	@Test
	void aValidFileIsNotMixed() throws IOException {
		assertThat(detect("Potosí\nÑuflo\n".getBytes(StandardCharsets.UTF_8)).mixed()).isNull();
		assertThat(detect("Potosí\nÑuflo\n".getBytes(StandardCharsets.ISO_8859_1)).mixed()).isNull();
	}

	@Test
	void windows1252WithACurlyQuoteAfterACapitalWithAccentIsNotMixed() throws IOException {
		// É” is C9 94, a valid UTF-8 character, but not a Latin-1 letter in UTF-8.
		byte[] content = "“SAN JOSÉ”\nPotosí\n".getBytes(Charset.forName("windows-1252"));
		assertThat(detect(content).mixed()).isNull();
	}

	@Test
	void utf8LettersInALatin1FileAreAMixture() throws IOException {
		byte[] content = concat("a\nPotosí\r\n".getBytes(StandardCharsets.ISO_8859_1),
				"b\rc\nÑuflo\n".getBytes(StandardCharsets.UTF_8));
		TextEncoding encoding = detect(content);
		assertThat(encoding.name()).isEqualTo("ISO-8859-1");
		assertThat(encoding.mixed()).isEqualTo(new TextEncoding.Mixture(5, 2, "ISO-8859-1"));
	}

	@Test
	void latin1LettersFarAfterUtf8OnesAreAMixture() throws IOException {
		byte[] content = concat("Potosí\n".getBytes(StandardCharsets.UTF_8),
				"a\n".repeat(100_000).getBytes(StandardCharsets.US_ASCII),
				"Ñuflo “x”\n".getBytes(Charset.forName("windows-1252")));
		assertThat(detect(content).mixed()).isEqualTo(new TextEncoding.Mixture(1, 100_002, "windows-1252"));
	}

	private static byte[] concat(byte[]... parts) {
		byte[] all = new byte[Arrays.stream(parts).mapToInt((part) -> part.length).sum()];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

	private TextEncoding detect(byte[] content) throws IOException {
		Path file = Files.createTempFile(this.directory, "text", ".csv");
		Files.write(file, content);
		return TextEncoding.detect(file);
	}

}
