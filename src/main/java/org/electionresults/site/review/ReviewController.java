package org.electionresults.site.review;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.electionresults.review.ReviewFilter;
import org.electionresults.review.ReviewRule;
import org.electionresults.system.SnapshotReader;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ReviewController {

	static final String VIEW = "review/review";

	private static final Pattern DEPARTMENT = Pattern.compile("[1-9]|" + ReviewFilter.ABROAD);

	private static final Pattern MUNICIPALITY = Pattern.compile("\\d{1,4}:\\d{1,4}:\\d{1,4}:\\d{1,4}");

	private final ReviewPageService pages;

	private final SnapshotReader reads;

	ReviewController(ReviewPageService pages, SnapshotReader reads) {
		this.pages = pages;
		this.reads = reads;
	}

	@GetMapping("/review")
	String review(@RequestParam(required = false) @Nullable String rule,
			@RequestParam(required = false) @Nullable String department,
			@RequestParam(required = false) @Nullable String municipality,
			@RequestParam(defaultValue = "1") int page, Model model) {
		ReviewFilter filter = filter(rule, department, municipality);
		model.addAttribute("view", this.reads.read(() -> this.pages.page(filter, page)));
		return VIEW;
	}

	/** The filter from request parameters; a value that names nothing is no filter (an empty choice). */
	static ReviewFilter filter(@Nullable String rule, @Nullable String department, @Nullable String municipality) {
		ReviewRule chosenRule = Arrays.stream(ReviewRule.values())
			.filter((candidate) -> candidate.name().equals(rule))
			.findFirst()
			.orElse(null);
		String chosenDepartment = (department != null && DEPARTMENT.matcher(department).matches()) ? department : null;
		String chosenMunicipality = (chosenDepartment != null && municipality != null
				&& MUNICIPALITY.matcher(municipality).matches()) ? municipality : null;
		return new ReviewFilter(chosenRule, chosenDepartment, chosenMunicipality);
	}

}
