package org.electionresults.site.maps;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A party's swing since 2019 in one area, exact: its 2020 share of the valid votes minus
 * its 2019 share, in points, kept as the fraction
 * {@code 100 (v20 V19 - v19 V20) / (V20 V19)} and rounded only for display.
 *
 * @param numerator {@code 100 (v20 V19 - v19 V20)}
 * @param denominator {@code V20 V19}, positive
 */
record Swing(long numerator, long denominator) {

	Swing {
		if (denominator <= 0) {
			throw new IllegalArgumentException("A swing needs valid votes in both years");
		}
	}

	/**
	 * The swing from {@code votes2019} of {@code valid2019} to {@code votes2020} of
	 * {@code valid2020}; both wholes must be positive.
	 */
	static Swing of(long votes2020, long valid2020, long votes2019, long valid2019) {
		if (valid2020 <= 0 || valid2019 <= 0) {
			throw new IllegalArgumentException("A swing needs valid votes in both years");
		}
		long difference = Math.subtractExact(Math.multiplyExact(votes2020, valid2019),
				Math.multiplyExact(votes2019, valid2020));
		return new Swing(Math.multiplyExact(100L, difference), Math.multiplyExact(valid2020, valid2019));
	}

	/** The swing in points, rounded half up to two decimals. */
	BigDecimal points() {
		return BigDecimal.valueOf(this.numerator).divide(BigDecimal.valueOf(this.denominator), 2, RoundingMode.HALF_UP);
	}

	/** Whether the swing is at least {@code points}, exactly. */
	boolean atLeast(int points) {
		return this.numerator >= Math.multiplyExact(points, this.denominator);
	}

}
