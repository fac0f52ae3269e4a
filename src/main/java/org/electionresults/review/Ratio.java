package org.electionresults.review;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact non-negative fraction {@code num / den}, compared by cross-multiplication, never as a
 * rounded float.
 *
 * @param num numerator
 * @param den denominator, positive
 */
public record Ratio(long num, long den) implements Comparable<Ratio> {

	public Ratio {
		if (den <= 0) {
			throw new IllegalArgumentException("A ratio needs a positive denominator: " + num + "/" + den);
		}
	}

	public static Ratio of(long num, long den) {
		return new Ratio(num, den);
	}

	/** The mean of two ratios, {@code (a + b) / 2}, kept unreduced as the SQL keeps it. */
	public static Ratio mean(Ratio a, Ratio b) {
		return new Ratio(Math.addExact(Math.multiplyExact(a.num, b.den), Math.multiplyExact(b.num, a.den)),
				Math.multiplyExact(2, Math.multiplyExact(a.den, b.den)));
	}

	@Override
	public int compareTo(Ratio other) {
		return big(this.num).multiply(big(other.den)).compareTo(big(other.num).multiply(big(this.den)));
	}

	/** Whether {@code |this - other| >= points / 100}, exactly. */
	public boolean atLeastPointsFrom(Ratio other, int points) {
		// |a/b - c/d| >= p/100  <=>  100 * |a*d - c*b| >= p * b * d
		BigInteger difference = big(this.num).multiply(big(other.den)).subtract(big(other.num).multiply(big(this.den)));
		return difference.abs()
			.multiply(BigInteger.valueOf(100))
			.compareTo(BigInteger.valueOf(points).multiply(big(this.den)).multiply(big(other.den))) >= 0;
	}

	/** {@code |this - other|}, exactly. */
	public Ratio distanceTo(Ratio other) {
		long difference = Math.subtractExact(Math.multiplyExact(this.num, other.den),
				Math.multiplyExact(other.num, this.den));
		return new Ratio(Math.abs(difference), Math.multiplyExact(this.den, other.den));
	}

	/** The percentage rounded half-up to two decimals, for display only. */
	public BigDecimal percent() {
		return BigDecimal.valueOf(this.num)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(this.den), 2, RoundingMode.HALF_UP);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Ratio ratio && compareTo(ratio) == 0;
	}

	@Override
	public int hashCode() {
		BigInteger gcd = BigInteger.valueOf(this.num).gcd(BigInteger.valueOf(this.den));
		long den = (gcd.signum() == 0) ? this.den : this.den / gcd.longValueExact();
		long num = (gcd.signum() == 0) ? this.num : this.num / gcd.longValueExact();
		return Long.hashCode(num) * 31 + Long.hashCode(den);
	}

	private static BigInteger big(long value) {
		return BigInteger.valueOf(value);
	}

}
