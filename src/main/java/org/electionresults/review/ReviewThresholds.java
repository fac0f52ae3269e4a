package org.electionresults.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds of the review rules, in whole percent or percentage points; the defaults are the
 * published ones (docs/review.md).
 *
 * @param onePartyMinValid {@code ONE_PARTY} only with at least this many valid votes
 * @param onePartyPercent {@code ONE_PARTY} when a party has at least this percent of the valid votes
 * @param highNullPercent {@code HIGH_NULL} when null votes are at least this percent of the votes cast
 * @param highBlankPercent {@code HIGH_BLANK} when blank votes are at least this percent of the votes cast
 * @param stationMinMesas the station rules need at least this many counted mesas in the station
 * @param sharePoints {@code SHARE_OUT_OF_LINE} at this many points from the others' median
 * @param turnoutPoints {@code TURNOUT_OUT_OF_LINE} at this many points from the others' median
 */
@ConfigurationProperties("elections.review")
public record ReviewThresholds(@DefaultValue("20") int onePartyMinValid, @DefaultValue("99") int onePartyPercent,
		@DefaultValue("15") int highNullPercent, @DefaultValue("15") int highBlankPercent,
		@DefaultValue("3") int stationMinMesas, @DefaultValue("30") int sharePoints,
		@DefaultValue("25") int turnoutPoints) {

	/** The published defaults. */
	public static ReviewThresholds defaults() {
		return new ReviewThresholds(20, 99, 15, 15, 3, 30, 25);
	}

	public ReviewThresholds {
		if (onePartyMinValid < 0 || stationMinMesas < 2) {
			throw new IllegalArgumentException("A station rule needs at least 2 mesas to compare");
		}
		for (int percent : new int[] { onePartyPercent, highNullPercent, highBlankPercent, sharePoints,
				turnoutPoints }) {
			if (percent < 0 || percent > 100) {
				throw new IllegalArgumentException("Review thresholds are percentages from 0 to 100: " + percent);
			}
		}
	}

}
