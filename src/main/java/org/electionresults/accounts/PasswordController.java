package org.electionresults.accounts;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Everyone signed in changes their own password here. The session then ends, like every other
 * session of the account, and the new password signs in again.
 */
@Controller
class PasswordController {

	static final String VIEW = "accounts/password";

	private final AccountService accounts;

	private final AccountMessages messages;

	PasswordController(AccountService accounts, AccountMessages messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/admin/password")
	String initPasswordForm(Model model) {
		return form(model, List.of());
	}

	@PostMapping("/admin/password")
	String processPasswordForm(@ModelAttribute PasswordForm form, Principal principal, Model model, Locale locale,
			HttpServletRequest request) throws ServletException {
		if (!form.repeated()) {
			return form(model, List.of(this.messages.text("accounts.refused.password-mismatch", locale)));
		}
		try {
			this.accounts.changeOwnPassword(principal.getName(), form.current(), form.newPassword());
		}
		catch (AccountRefusedException ex) {
			return form(model, this.messages.describe(ex, this.accounts.minPasswordLength(), locale));
		}
		request.logout();
		return "redirect:/login?passwordChanged";
	}

	private String form(Model model, List<String> problems) {
		model.addAttribute("problems", problems);
		model.addAttribute("minPasswordLength", this.accounts.minPasswordLength());
		return VIEW;
	}

}
