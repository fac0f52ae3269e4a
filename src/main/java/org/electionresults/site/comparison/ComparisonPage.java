package org.electionresults.site.comparison;

import java.util.List;

import org.electionresults.election.DepartmentPlan;
import org.electionresults.comparison.AreaComparison;
import org.electionresults.comparison.ComparisonOrder;
import org.electionresults.election.ElectionCatalog;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The comparison page: the nation (or the chosen department) and every municipality in it, in the
 * order asked for.
 *
 * @param summary the nation, or the chosen department
 * @param rows the municipalities, in {@code order}
 * @param order the order of the rows
 * @param department the chosen department, or {@code null} for all
 * @param departments the departments to filter by
 * @param parties the parties compared, by code
 */
public record ComparisonPage(AreaComparison summary, List<ComparisonRow> rows, ComparisonOrder order,
		@Nullable Integer department, List<DepartmentPlan> departments, List<String> parties) {

	public static final String PATH = "/comparison/2019";

	public ComparisonPage {
		rows = List.copyOf(rows);
		departments = List.copyOf(departments);
		parties = List.copyOf(parties);
	}

	/** The address that sorts by a column: ascending first, the other way when already sorted by it. */
	public String sortHref(String column) {
		boolean descending = column.equals(this.order.column()) ? !this.order.descending() : false;
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH)
			.queryParam("sort", column)
			.queryParam("dir", descending ? "desc" : "asc");
		if (this.department != null) {
			uri.queryParam("department", this.department);
		}
		return uri.build().encode().toUriString();
	}

	/** The {@code aria-sort} of a column header. */
	public String ariaSort(String column) {
		if (!column.equals(this.order.column())) {
			return "none";
		}
		return this.order.descending() ? "descending" : "ascending";
	}

	public int withCount2020() {
		return (int) this.rows.stream().filter((row) -> row.comparison().has2020()).count();
	}

}
