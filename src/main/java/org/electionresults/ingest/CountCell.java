package org.electionresults.ingest;

/**
 * Reads a cell that holds a count or an id: a non-negative integer, possibly written as a float
 * ({@code 1001.0}, as spreadsheets store every number) and possibly padded with spaces.
 * <p>
 * Called for about thirty cells of each of 70,000 rows, so it neither uses regular
 * expressions nor throws: failures are negative codes.
 */
final class CountCell {

	/** The cell is empty. */
	static final long EMPTY = -1;

	/** Not a number at all. */
	static final long NOT_A_NUMBER = -2;

	/** A number with a non-zero fraction, e.g. {@code 12.5}. */
	static final long NOT_WHOLE = -3;

	/** Below zero. */
	static final long NEGATIVE = -4;

	/** Larger than an {@code int}. */
	static final long TOO_LARGE = -5;

	/**
	 * Looks like a thousands separator ({@code 1.000}, in a Spanish-locale file): reading it as
	 * one would silently turn a thousand into a one.
	 */
	static final long AMBIGUOUS = -6;

	private CountCell() {
	}

	/** The value, ≥ 0, or one of the negative codes above. */
	static long parse(String cell) {
		int start = 0;
		int end = cell.length();
		while (start < end && cell.charAt(start) <= ' ') {
			start++;
		}
		while (end > start && cell.charAt(end - 1) <= ' ') {
			end--;
		}
		if (start == end) {
			return EMPTY;
		}
		boolean negative = cell.charAt(start) == '-';
		int i = negative ? start + 1 : start;
		int integerStart = i;
		long value = 0;
		boolean tooLarge = false;
		while (i < end && isDigit(cell.charAt(i))) {
			if (!tooLarge) {
				value = value * 10 + (cell.charAt(i) - '0');
				tooLarge = value > Integer.MAX_VALUE;
			}
			i++;
		}
		int integerDigits = i - integerStart;
		if (integerDigits == 0) {
			return NOT_A_NUMBER;
		}
		int fractionDigits = 0;
		boolean fractionIsZero = true;
		if (i < end && cell.charAt(i) == '.') {
			i++;
			while (i < end && isDigit(cell.charAt(i))) {
				fractionIsZero &= cell.charAt(i) == '0';
				fractionDigits++;
				i++;
			}
		}
		if (i != end) {
			return NOT_A_NUMBER;
		}
		if (!fractionIsZero) {
			return NOT_WHOLE;
		}
		if (fractionDigits == 3 && integerDigits <= 3 && cell.charAt(integerStart) != '0') {
			return AMBIGUOUS;
		}
		if (negative && (tooLarge || value != 0)) {
			return NEGATIVE;
		}
		return tooLarge ? TOO_LARGE : value;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
