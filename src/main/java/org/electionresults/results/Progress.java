package org.electionresults.results;

import java.time.Instant;

/**
 * How far the count of one ballot in one area has come.
 *
 * @param counted actas counted
 * @param expected actas expected, or {@code null} where the reference data does not say
 * @param registeredCounted registered voters of the counted mesas
 * @param registeredExpected registered voters expected, or {@code null} where unknown
 * @param updatedAt when an upload last changed this area, or {@code null}
 */
public record Progress(int counted, Integer expected, long registeredCounted, Long registeredExpected,
		Instant updatedAt) {

	public Share actas() {
		return Share.of(this.counted, (this.expected != null) ? this.expected : 0);
	}

	public Share registered() {
		return Share.of(this.registeredCounted, (this.registeredExpected != null) ? this.registeredExpected : 0);
	}

	/** Registered voters of mesas not counted yet; 0 where the expectation is unknown. */
	public long registeredUncounted() {
		return (this.registeredExpected != null) ? Math.max(0, this.registeredExpected - this.registeredCounted) : 0;
	}

	public boolean complete() {
		return this.expected != null && this.counted >= this.expected;
	}

}
