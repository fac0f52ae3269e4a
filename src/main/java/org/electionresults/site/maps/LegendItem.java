package org.electionresults.site.maps;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a map's legend: a swatch and what it stands for.
 *
 * @param fill the swatch's fill (a colour or a pattern reference)
 * @param kind {@code party}, {@code range}, {@code tie} or {@code none} (not counted)
 * @param party the party's short name for {@code party}
 * @param from the lower bound of a range, {@code null} when open
 * @param to the upper bound of a range, {@code null} when open
 * @param shape on a station map, the marker's path in a 16-unit square; otherwise
 * {@code null}
 */
public record LegendItem(String fill, String kind, @Nullable String party, @Nullable BigDecimal from,
		@Nullable BigDecimal to, @Nullable String shape) {

	static LegendItem range(String fill, @Nullable BigDecimal from, @Nullable BigDecimal to) {
		return new LegendItem(fill, "range", null, from, to, null);
	}

	static LegendItem party(String fill, String party) {
		return new LegendItem(fill, "party", party, null, null, null);
	}

	static LegendItem marker(String fill, String kind, @Nullable String party, @Nullable BigDecimal size,
			String shape) {
		return new LegendItem(fill, kind, party, size, null, shape);
	}

	static LegendItem special(String fill, String kind) {
		return new LegendItem(fill, kind, null, null, null, null);
	}

}
