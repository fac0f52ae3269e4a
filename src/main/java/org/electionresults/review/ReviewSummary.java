package org.electionresults.review;

import java.util.List;
import java.util.Map;

/**
 * How many mesas each rule flags, nationally and per department (abroad counts as one).
 *
 * @param rules one line per rule, in the order of {@link ReviewRule}
 * @param departments the departments as columns: id ({@code 1}–{@code 9}, {@code abroad}) to name
 * @param mesas how many distinct mesas carry at least one flag
 * @param counted how many presidential actas are counted
 */
public record ReviewSummary(List<RuleCount> rules, Map<String, String> departments, long mesas, long counted) {

	public ReviewSummary {
		rules = List.copyOf(rules);
	}

	/**
	 * One rule's count.
	 *
	 * @param rule the rule
	 * @param count mesas it flags
	 * @param byDepartment mesas per department id ({@code abroad} abroad), every department present
	 */
	public record RuleCount(ReviewRule rule, long count, Map<String, Long> byDepartment) {

		public long in(String department) {
			return this.byDepartment.getOrDefault(department, 0L);
		}

	}

}
