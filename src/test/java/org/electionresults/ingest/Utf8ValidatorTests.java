package org.electionresults.ingest;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8ValidatorTests {

	@ParameterizedTest
	@ValueSource(strings = { "", "ascii", "Potosí", "CIRCUNSCRIPCIÓN", "“quotes”", "€", "𝄞", "\u0000", "\uFEFF" })
	void acceptsWellFormedText(String text) {
		assertThat(validate(text.getBytes(StandardCharsets.UTF_8))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "C0 80", "C1 BF", "E0 80 80", "E0 9F BF", "ED A0 80", "F0 80 80 80", "F4 90 80 80",
			"F5 80 80 80", "FF", "80", "BF", "C3", "E2 82", "C3 28", "ED" })
	void rejectsMalformedSequences(String hex) {
		assertThat(validate(bytes(hex))).isFalse();
	}

	@Test
	void acceptsACharacterFedOneByteAtATime() {
		Utf8Validator validator = new Utf8Validator();
		for (byte b : "𝄞í€".getBytes(StandardCharsets.UTF_8)) {
			validator.feed(new byte[] { b }, 0, 1);
		}
		assertThat(validator.valid()).isTrue();
	}

	@Test
	void latin1IsNotUtf8() {
		assertThat(validate("Potosí,Beni".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
	}

	private static boolean validate(byte[] bytes) {
		Utf8Validator validator = new Utf8Validator();
		validator.feed(bytes, 0, bytes.length);
		return validator.valid();
	}

	private static byte[] bytes(String hex) {
		String[] parts = hex.split(" ");
		byte[] bytes = new byte[parts.length];
		for (int i = 0; i < parts.length; i++) {
			bytes[i] = (byte) Integer.parseInt(parts[i], 16);
		}
		return bytes;
	}

}
