package org.electionresults.site.review;

import java.util.List;
import java.util.Map;

import org.electionresults.review.FlagPage;
import org.electionresults.review.ReviewFilter;
import org.electionresults.review.ReviewRule;
import org.electionresults.review.ReviewSummary;

/**
 * The review page.
 *
 * @param summary mesas per rule and department
 * @param filter the filter applied to the list
 * @param flags the page of flagged mesas shown
 * @param municipalities the municipalities with flags in the chosen department (key to name),
 * empty when no department is chosen
 * @param rules every rule, for the filter
 */
public record ReviewView(ReviewSummary summary, ReviewFilter filter, FlagPage flags,
		Map<String, String> municipalities, List<ReviewRule> rules) {

	public ReviewView {
		rules = List.copyOf(rules);
	}

	/** The query string of another page of the same list. */
	public String pageQuery(int page) {
		StringBuilder query = new StringBuilder("?page=").append(page);
		if (this.filter.rule() != null) {
			query.append("&rule=").append(this.filter.rule().name());
		}
		if (this.filter.department() != null) {
			query.append("&department=").append(this.filter.department());
		}
		if (this.filter.municipality() != null) {
			query.append("&municipality=").append(this.filter.municipality());
		}
		return query.toString();
	}

}
