package org.electionresults.comparison;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.electionresults.results.Share;

/**
 * A party's change of share between two counts, in percentage points, kept exact: {@code after -
 * before} as one fraction of integers. It is rounded (half up, two decimals) only for output, so a
 * swing is the exact difference of the exact shares, not of their rounded percentages.
 *
 * @param before the share in the earlier count
 * @param after the share in the later count
 */
public record Swing(Share before, Share after) implements Comparable<Swing> {

	private static final BigInteger HUNDRED = BigInteger.valueOf(100);

	public Swing {
		if (before.whole() <= 0 || after.whole() <= 0) {
			throw new IllegalArgumentException("A swing needs valid votes in both counts");
		}
	}

	public static Swing between(Share before, Share after) {
		return new Swing(before, after);
	}

	/** {@code after.part * before.whole - before.part * after.whole}. */
	BigInteger numerator() {
		return BigInteger.valueOf(this.after.part())
			.multiply(BigInteger.valueOf(this.before.whole()))
			.subtract(BigInteger.valueOf(this.before.part()).multiply(BigInteger.valueOf(this.after.whole())));
	}

	/** {@code before.whole * after.whole}, positive. */
	BigInteger denominator() {
		return BigInteger.valueOf(this.before.whole()).multiply(BigInteger.valueOf(this.after.whole()));
	}

	/** The swing in points, rounded half up (away from zero) to two decimals. */
	public BigDecimal points() {
		return new BigDecimal(numerator().multiply(HUNDRED)).divide(new BigDecimal(denominator()), 2,
				RoundingMode.HALF_UP);
	}

	public int signum() {
		return numerator().signum();
	}

	@Override
	public int compareTo(Swing other) {
		return numerator().multiply(other.denominator()).compareTo(other.numerator().multiply(denominator()));
	}

}
