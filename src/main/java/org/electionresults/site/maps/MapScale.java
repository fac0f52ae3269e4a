package org.electionresults.site.maps;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.electionresults.results.Share;
import org.jspecify.annotations.Nullable;

/**
 * The classes a value falls in on a map and their colours: a sequential palette (light to
 * dark blue, ColorBrewer "Blues") for shares, turnout and actas counted, a diverging one
 * (ColorBrewer "RdBu", red for a loss) for swings, another sequential one (ColorBrewer
 * "Purples") for review flags per 1,000 mesas. Bounds are whole percentages, points or per
 * mille, and a value is classed by exact comparison with them, never after rounding.
 *
 * @param bounds the lower bounds of every class but the first, ascending
 * @param colours one colour per class, {@code bounds.size() + 1} of them
 * @param unit what a share is multiplied by before it is compared with the bounds: 100 for
 * percent, 1,000 for per mille
 */
record MapScale(List<Integer> bounds, List<String> colours, long unit) {

	private static final long PERCENT = 100;

	static final MapScale SHARE = new MapScale(List.of(20, 40, 60, 80),
			List.of("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"), PERCENT);

	static final MapScale TURNOUT = new MapScale(List.of(75, 82, 86, 90),
			List.of("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"), PERCENT);

	static final MapScale COUNTED = new MapScale(List.of(25, 50, 75, 100),
			List.of("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"), PERCENT);

	static final MapScale SWING = new MapScale(List.of(-10, -5, 0, 5, 10),
			List.of("#b2182b", "#ef8a62", "#fddbc7", "#d1e5f0", "#67a9cf", "#2166ac"), PERCENT);

	/** Flagged mesas per 1,000 counted: below 10, 10–25, 25–50, 50–100, 100 and more. */
	static final MapScale FLAGS = new MapScale(List.of(10, 25, 50, 100),
			List.of("#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f"), 1000);

	/** Opacity of the leader's colour by the leader's share: below 40 %, 40–50 %, … */
	static final MapScale LEADER = new MapScale(List.of(40, 50, 60, 70),
			List.of("0.3", "0.45", "0.6", "0.78", "0.95"), PERCENT);

	MapScale {
		bounds = List.copyOf(bounds);
		colours = List.copyOf(colours);
		if (colours.size() != bounds.size() + 1) {
			throw new IllegalArgumentException("One colour per class");
		}
	}

	/** The class of a share, compared in the scale's unit with the bounds. */
	int classOf(Share share) {
		int level = 0;
		for (int bound : this.bounds) {
			// part / whole >= bound / unit, without rounding
			if (Math.multiplyExact(share.part(), this.unit) >= Math.multiplyExact((long) bound, share.whole())) {
				level++;
			}
		}
		return level;
	}

	/** The class of a swing, compared in points with the bounds. */
	int classOf(Swing swing) {
		int level = 0;
		for (int bound : this.bounds) {
			if (swing.atLeast(bound)) {
				level++;
			}
		}
		return level;
	}

	String colour(int level) {
		return this.colours.get(level);
	}

	/** The legend: each class's colour and bounds (open at the ends). */
	List<LegendItem> legend() {
		List<LegendItem> items = new ArrayList<>();
		for (int level = 0; level < this.colours.size(); level++) {
			@Nullable BigDecimal from = (level == 0) ? null : BigDecimal.valueOf(this.bounds.get(level - 1));
			@Nullable BigDecimal to = (level == this.bounds.size()) ? null : BigDecimal.valueOf(this.bounds.get(level));
			items.add(LegendItem.range(this.colours.get(level), from, to));
		}
		return items;
	}

}
