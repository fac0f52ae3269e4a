package org.electionresults.review;

import org.jspecify.annotations.Nullable;

/**
 * One rule that asks for a look at one mesa's acta, with the numbers that triggered it.
 *
 * @param mesaCode the mesa
 * @param rule the rule
 * @param party for {@code ONE_PARTY} and {@code SHARE_OUT_OF_LINE}: the party (an index into
 * {@link ReviewedActa#running()}, or an export position once stored), otherwise {@code null}
 * @param value the mesa's figure: votes cast, the party's votes, null or blank votes
 * @param base what it is a share of: registered voters, valid votes or votes cast
 * @param median for the station rules, the median of the station's other mesas, otherwise {@code null}
 */
public record Flag(int mesaCode, ReviewRule rule, @Nullable Integer party, long value, long base,
		@Nullable Ratio median) {

	/** The mesa's figure as a share of its base. */
	public Ratio share() {
		return Ratio.of(this.value, Math.max(1, this.base));
	}

}
