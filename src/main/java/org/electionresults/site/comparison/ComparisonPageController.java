package org.electionresults.site.comparison;

import org.electionresults.comparison.ComparisonOrder;
import org.electionresults.system.SnapshotReader;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /comparison/2019}: every municipality with 2019 beside 2020, sorted by any column and
 * filtered by department on the server (no JavaScript). An order it does not know falls back to
 * the default.
 */
@Controller
class ComparisonPageController {

	static final String VIEW = "comparison/comparison";

	private final ComparisonPageService pages;

	private final SnapshotReader reads;

	ComparisonPageController(ComparisonPageService pages, SnapshotReader reads) {
		this.pages = pages;
		this.reads = reads;
	}

	@GetMapping(ComparisonPage.PATH)
	String comparison(@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "asc") String dir,
			@RequestParam(required = false) @Nullable Integer department, Model model) {
		ComparisonOrder order = ComparisonOrder.parse(sort, dir).orElse(ComparisonOrder.DEFAULT);
		model.addAttribute("comparison", this.reads.read(() -> this.pages.page(order, department)));
		return VIEW;
	}

}
