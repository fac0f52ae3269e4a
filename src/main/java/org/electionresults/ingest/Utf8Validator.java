package org.electionresults.ingest;

/**
 * Checks that bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
 * above U+10FFFF), fed in chunks of any size: a character cut at a chunk boundary is carried
 * over to the next chunk.
 */
final class Utf8Validator {

	/** Continuation bytes still expected for the current character. */
	private int pending;

	/** Allowed range of the next continuation byte (narrower right after some lead bytes). */
	private int low = 0x80;

	private int high = 0xBF;

	private boolean valid = true;

	/** Bytes fed so far. */
	private long fed;

	private long invalidAt = -1;

	void feed(byte[] bytes, int offset, int length) {
		int end = offset + length;
		for (int i = offset; i < end && this.valid; i++) {
			int b = bytes[i] & 0xFF;
			if (this.pending > 0) {
				if (b < this.low || b > this.high) {
					this.valid = false;
				}
				this.pending--;
				this.low = 0x80;
				this.high = 0xBF;
			}
			else if (b >= 0x80) {
				lead(b);
			}
			if (!this.valid) {
				this.invalidAt = this.fed + (i - offset);
			}
		}
		this.fed += length;
	}

	private void lead(int b) {
		if (b >= 0xC2 && b <= 0xDF) {
			this.pending = 1;
		}
		else if (b == 0xE0) {
			expect(2, 0xA0, 0xBF);
		}
		else if (b == 0xED) {
			expect(2, 0x80, 0x9F);
		}
		else if (b >= 0xE1 && b <= 0xEF) {
			this.pending = 2;
		}
		else if (b == 0xF0) {
			expect(3, 0x90, 0xBF);
		}
		else if (b >= 0xF1 && b <= 0xF3) {
			this.pending = 3;
		}
		else if (b == 0xF4) {
			expect(3, 0x80, 0x8F);
		}
		else {
			this.valid = false;
		}
	}

	private void expect(int continuations, int low, int high) {
		this.pending = continuations;
		this.low = low;
		this.high = high;
	}

	/** Whether everything fed so far is valid UTF-8, possibly up to an unfinished character. */
	boolean validSoFar() {
		return this.valid;
	}

	/**
	 * Offset, counted over everything fed, of the first byte that is not valid UTF-8; -1 while
	 * {@link #validSoFar()}.
	 */
	long invalidAt() {
		return this.invalidAt;
	}

	/** Whether everything fed is valid UTF-8 and ends on a character boundary. */
	boolean valid() {
		return this.valid && this.pending == 0;
	}

}
