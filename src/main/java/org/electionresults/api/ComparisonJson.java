package org.electionresults.api;

import java.math.BigDecimal;
import java.util.List;

import org.electionresults.comparison.AreaComparison;
import org.electionresults.comparison.ComparisonLevel;
import org.electionresults.comparison.PartyComparison;
import org.jspecify.annotations.Nullable;

/**
 * 2019 beside 2020 at one level, as the public API shows it: shares and turnout in percent, swing in
 * points, each rounded to two decimals from exact fractions. An area with no 2020 acta yet has
 * {@code null} 2020 figures (2019 only).
 *
 * @param level the level
 * @param baseline what the 2019 figures are: the election later annulled
 * @param rows one per area
 */
record ComparisonJson(String level, String baseline, List<Row> rows) {

	static final String BASELINE = "2019 presidential election (20 October 2019), official final count; the election was later annulled";

	static ComparisonJson of(ComparisonLevel level, List<AreaComparison> areas) {
		return new ComparisonJson(level.name(), BASELINE, areas.stream().map(Row::of).toList());
	}

	record Row(String area, String name, int counted2020, @Nullable Integer expected2020, BigDecimal turnout2019,
			@Nullable BigDecimal turnout2020, List<Party> parties) {

		static Row of(AreaComparison area) {
			return new Row(area.area(), area.name(), area.counted2020(), area.expected2020(),
					area.turnout2019().percent(), (area.turnout2020() != null) ? area.turnout2020().percent() : null,
					area.parties().stream().map(Party::of).toList());
		}

	}

	record Party(String code, BigDecimal share2019, @Nullable BigDecimal share2020, @Nullable BigDecimal swing) {

		static Party of(PartyComparison party) {
			return new Party(party.code(), party.share2019().percent(),
					(party.share2020() != null) ? party.share2020().percent() : null,
					(party.swing() != null) ? party.swing().points() : null);
		}

	}

}
