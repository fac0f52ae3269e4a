package org.electionresults.results;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact share, {@code part / whole}. Kept as two integers so that comparisons stay exact; the
 * percentage is rounded only when it is shown.
 *
 * @param part the part
 * @param whole the whole; 0 means nothing to share yet
 */
public record Share(long part, long whole) {

	public Share {
		if (part < 0 || whole < 0) {
			throw new IllegalArgumentException("A share of counts cannot be negative: " + part + "/" + whole);
		}
	}

	public static Share of(long part, long whole) {
		return new Share(part, whole);
	}

	/** The percentage rounded half-up to two decimals, for display; 0 when the whole is 0. */
	public BigDecimal percent() {
		return per(100);
	}

	/** Per mille (per 1,000) rounded half-up to two decimals, for display; 0 when the whole is 0. */
	public BigDecimal perMille() {
		return per(1000);
	}

	private BigDecimal per(long unit) {
		if (this.whole == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return BigDecimal.valueOf(this.part)
			.multiply(BigDecimal.valueOf(unit))
			.divide(BigDecimal.valueOf(this.whole), 2, RoundingMode.HALF_UP);
	}

	/** Width of a bar, 0 to 100, for drawing only. */
	public double barWidth() {
		return (this.whole == 0) ? 0 : Math.min(100.0, 100.0 * this.part / this.whole);
	}

}
