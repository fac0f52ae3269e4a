package org.electionresults.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/audit}: the log as JSON, with the page's filters ({@code actor},
 * {@code action}, {@code outcome}, {@code from}, {@code to}, {@code before}, {@code limit}); the
 * answer names the address of the next page.
 */
@RestController
class AuditApiController {

	private final AuditSearch search;

	AuditApiController(AuditSearch search) {
		this.search = search;
	}

	@GetMapping("/api/admin/audit")
	AuditJson log(@ModelAttribute AuditQueryForm form) {
		AuditPage page = this.search.find(form.toFilter());
		return new AuditJson(page.entries(),
				(page.nextBefore() != null) ? form.next("/api/admin/audit", page.nextBefore()) : null);
	}

	/**
	 * One page of the log.
	 *
	 * @param entries newest first
	 * @param next the address of the next (older) page, {@code null} on the last
	 */
	record AuditJson(List<AuditEntry> entries, @Nullable String next) {

	}

}
