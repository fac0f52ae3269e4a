package org.electionresults.comparison;

import java.util.List;
import java.util.Optional;

import org.electionresults.results.Share;
import org.jspecify.annotations.Nullable;

/**
 * 2019 beside 2020 in one area. A partial 2020 count compares different mesas with the complete 2019
 * count, so the 2020 coverage always comes with the swing.
 *
 * @param level the level
 * @param area the area key ({@code ""} national, {@code 32:department}, {@code 32:d:p:s})
 * @param name the area's name ({@code ""} national)
 * @param departmentId the department of a department or municipality, {@code null} national
 * @param counted2020 presidential actas counted in 2020
 * @param expected2020 presidential actas expected in 2020, {@code null} where unknown
 * @param turnout2019 votes cast of registered voters in 2019
 * @param turnout2020 votes cast of registered voters of the counted mesas, {@code null} before the
 * area's first 2020 acta
 * @param parties MAS-IPSP, CC, FPV and PAN-BOL
 */
public record AreaComparison(ComparisonLevel level, String area, String name, @Nullable Integer departmentId,
		int counted2020, @Nullable Integer expected2020, Share turnout2019, @Nullable Share turnout2020,
		List<PartyComparison> parties) {

	public AreaComparison {
		parties = List.copyOf(parties);
	}

	/** Whether any 2020 acta of the area is counted; without one, the area shows 2019 only. */
	public boolean has2020() {
		return this.counted2020 > 0;
	}

	/** 2020 actas counted of those expected; an empty share where the expectation is unknown. */
	public Share coverage() {
		return Share.of(this.counted2020, (this.expected2020 != null) ? this.expected2020 : 0);
	}

	public Optional<PartyComparison> party(String code) {
		return this.parties.stream().filter((p) -> p.code().equals(code)).findFirst();
	}

}
