package org.electionresults.publications;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' notice form: post a notice, end one; the list keeps them all. */
@Controller
class NoticeController {

	static final String VIEW = "publications/notices";

	private final NoticeService notices;

	NoticeController(NoticeService notices) {
		this.notices = notices;
	}

	@GetMapping("/admin/notices")
	String initNoticeForm(Model model) {
		model.addAttribute("notices", this.notices.all());
		model.addAttribute("maxLength", NoticeService.MAX_LENGTH);
		return VIEW;
	}

	@PostMapping("/admin/notices")
	String processNoticeForm(@ModelAttribute NoticeForm form, Principal principal, RedirectAttributes redirect) {
		if (!form.valid()) {
			redirect.addFlashAttribute("invalid", true);
			return "redirect:/admin/notices";
		}
		this.notices.post(form.textEs(), form.textEn(), principal.getName());
		redirect.addFlashAttribute("posted", true);
		return "redirect:/admin/notices";
	}

	@PostMapping("/admin/notices/{id}/end")
	String endNotice(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		this.notices.end(id, principal.getName());
		redirect.addFlashAttribute("ended", true);
		return "redirect:/admin/notices";
	}

}
