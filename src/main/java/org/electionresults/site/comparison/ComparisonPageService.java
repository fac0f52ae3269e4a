package org.electionresults.site.comparison;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.electionresults.election.DepartmentPlan;
import org.electionresults.comparison.AreaComparison;
import org.electionresults.comparison.ComparisonLevel;
import org.electionresults.comparison.ComparisonOrder;
import org.electionresults.comparison.ComparisonService;
import org.electionresults.election.ElectionCatalog;
import org.electionresults.election.ElectionCatalogService;
import org.electionresults.results.AreaNotFoundException;
import org.electionresults.site.PlaceLinks;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** Builds the comparison page from the comparison of every municipality. */
@Service
class ComparisonPageService {

	private final ComparisonService comparisons;

	private final ElectionCatalogService catalogs;

	ComparisonPageService(ComparisonService comparisons, ElectionCatalogService catalogs) {
		this.comparisons = comparisons;
		this.catalogs = catalogs;
	}

	ComparisonPage page(ComparisonOrder order, @Nullable Integer department) {
		ElectionCatalog election = this.catalogs.current();
		Map<Integer, String> names = new LinkedHashMap<>();
		election.departments().forEach((d) -> names.put(d.id(), d.name()));
		AreaComparison summary = (department != null)
				? this.comparisons.department(department)
					.orElseThrow(() -> new AreaNotFoundException("department " + department))
				: this.comparisons.national();
		List<ComparisonRow> rows = this.comparisons.level(ComparisonLevel.MUNICIPALITY)
			.stream()
			.filter((row) -> department == null || department.equals(row.departmentId()))
			.sorted(order.comparator(names))
			.map((row) -> new ComparisonRow(row, names.getOrDefault(row.departmentId(), ""),
					PlaceLinks.municipality(row.area())))
			.toList();
		List<DepartmentPlan> departments = election.departments();
		return new ComparisonPage(summary, rows, order, department, departments, ComparisonService.PARTIES);
	}

}
