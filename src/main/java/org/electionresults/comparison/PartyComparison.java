package org.electionresults.comparison;

import org.electionresults.results.Share;
import org.jspecify.annotations.Nullable;

/**
 * One party that ran in 2019 and 2020, in one area.
 *
 * @param code the 2020 party code
 * @param shortName its display name
 * @param color its display colour
 * @param share2019 its share of the valid votes in 2019
 * @param share2020 its share of the valid votes counted so far in 2020, {@code null} before the
 * first 2020 acta of the area
 * @param swing {@code share2020 - share2019}, {@code null} without both
 */
public record PartyComparison(String code, String shortName, String color, Share share2019,
		@Nullable Share share2020, @Nullable Swing swing) {

}
