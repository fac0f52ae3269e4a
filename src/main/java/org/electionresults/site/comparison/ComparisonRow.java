package org.electionresults.site.comparison;

import org.electionresults.comparison.AreaComparison;

/**
 * A municipality in the comparison table.
 *
 * @param comparison 2019 beside 2020 there
 * @param department its department's name
 * @param href its page
 */
public record ComparisonRow(AreaComparison comparison, String department, String href) {

}
