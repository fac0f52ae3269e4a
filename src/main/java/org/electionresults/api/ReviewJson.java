package org.electionresults.api;

import java.util.ArrayList;
import java.util.List;

import org.electionresults.review.ReviewFilter;
import org.electionresults.review.ReviewSummary;

/**
 * {@code GET /api/review}: mesas per review rule, nationally and per department.
 *
 * @param rules one per rule
 * @param flaggedMesas mesas with at least one flag
 * @param countedMesas presidential actas counted
 */
record ReviewJson(List<Rule> rules, long flaggedMesas, long countedMesas) {

	/**
	 * @param code the rule's code
	 * @param count mesas it flags
	 * @param departments per department ({@code department} 1–9, or {@code null} with {@code abroad} true)
	 */
	record Rule(String code, long count, List<Department> departments) {

	}

	/**
	 * @param department department id, {@code null} abroad
	 * @param name department name, {@code null} abroad
	 * @param abroad whether this is the vote abroad
	 * @param count mesas flagged there
	 */
	record Department(Integer department, String name, boolean abroad, long count) {

	}

	static ReviewJson of(ReviewSummary summary) {
		List<Rule> rules = new ArrayList<>();
		for (ReviewSummary.RuleCount count : summary.rules()) {
			List<Department> departments = summary.departments()
				.entrySet()
				.stream()
				.map((entry) -> ReviewFilter.ABROAD.equals(entry.getKey())
						? new Department(null, null, true, count.in(entry.getKey()))
						: new Department(Integer.valueOf(entry.getKey()), entry.getValue(), false,
								count.in(entry.getKey())))
				.toList();
			rules.add(new Rule(count.rule().name(), count.count(), departments));
		}
		return new ReviewJson(rules, summary.mesas(), summary.counted());
	}

}
