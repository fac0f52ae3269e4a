package org.electionresults.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The audit log page for administrators: filters, newest first, a page at a time. */
@Controller
class AuditController {

	static final String VIEW = "audit/log";

	private final AuditSearch search;

	AuditController(AuditSearch search) {
		this.search = search;
	}

	@GetMapping("/admin/audit")
	String showLog(@ModelAttribute("filter") AuditQueryForm form, Model model) {
		AuditPage page = this.search.find(form.toFilter());
		model.addAttribute("entries", page.entries());
		model.addAttribute("next", (page.nextBefore() != null) ? form.next("/admin/audit", page.nextBefore()) : null);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("outcomes", AuditOutcome.values());
		return VIEW;
	}

}
