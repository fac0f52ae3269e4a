package org.electionresults.accounts;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.electionresults.system.Role;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' account pages: the list with the new-account form, disable and re-enable, and
 * the password reset form. Only {@code ADMIN} reaches them (the security configuration).
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountsController {

	static final String LIST_VIEW = "accounts/accounts";

	static final String RESET_VIEW = "accounts/reset-password";

	private static final String REDIRECT_TO_LIST = "redirect:/admin/accounts";

	private final AccountService accounts;

	private final AccountMessages messages;

	AccountsController(AccountService accounts, AccountMessages messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping
	String initCreationForm(Model model) {
		return list(model, NewAccountForm.empty(), List.of());
	}

	@PostMapping
	String processCreationForm(@ModelAttribute NewAccountForm form, Principal principal, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (form.password() == null || !form.password().equals(form.repeatPassword())) {
			return list(model, form.withoutPasswords(),
					List.of(this.messages.text("accounts.refused.password-mismatch", locale)));
		}
		try {
			Account created = this.accounts.create(String.valueOf(form.username()), form.roleOrDefault(),
					form.password(), principal.getName());
			redirect.addFlashAttribute("done", this.messages.text("accounts.done.created", locale, created.username(),
					this.messages.text("accounts.role." + created.role(), locale)));
			return REDIRECT_TO_LIST;
		}
		catch (AccountRefusedException ex) {
			return list(model, form.withoutPasswords(),
					this.messages.describe(ex, this.accounts.minPasswordLength(), locale));
		}
		catch (DataIntegrityViolationException ex) {
			// Two administrators created the same name at the same moment.
			return list(model, form.withoutPasswords(),
					List.of(this.messages.text("accounts.refused.name-taken", locale)));
		}
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, Principal principal, Locale locale, RedirectAttributes redirect) {
		try {
			Account account = this.accounts.disable(id, principal.getName());
			redirect.addFlashAttribute("done", this.messages.text("accounts.done.disabled", locale, account.username()));
		}
		catch (AccountRefusedException ex) {
			redirect.addFlashAttribute("refused", this.messages.describe(ex, this.accounts.minPasswordLength(), locale));
		}
		return REDIRECT_TO_LIST;
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, Principal principal, Locale locale, RedirectAttributes redirect) {
		Account account = this.accounts.enable(id, principal.getName());
		redirect.addFlashAttribute("done", this.messages.text("accounts.done.enabled", locale, account.username()));
		return REDIRECT_TO_LIST;
	}

	@GetMapping("/{id}/password")
	String initResetForm(@PathVariable long id, Model model) {
		return reset(model, this.accounts.find(id), List.of());
	}

	@PostMapping("/{id}/password")
	String processResetForm(@PathVariable long id, @ModelAttribute PasswordForm form, Principal principal,
			Model model, Locale locale, RedirectAttributes redirect) {
		Account account = this.accounts.find(id);
		if (!form.repeated()) {
			return reset(model, account, List.of(this.messages.text("accounts.refused.password-mismatch", locale)));
		}
		try {
			this.accounts.resetPassword(id, form.newPassword(), principal.getName());
		}
		catch (AccountRefusedException ex) {
			return reset(model, account, this.messages.describe(ex, this.accounts.minPasswordLength(), locale));
		}
		redirect.addFlashAttribute("done", this.messages.text("accounts.done.reset", locale, account.username()));
		return REDIRECT_TO_LIST;
	}

	private String list(Model model, NewAccountForm form, List<String> problems) {
		model.addAttribute("accounts", this.accounts.accounts()
			.stream()
			.map((account) -> new AccountLine(account, this.accounts.isBootstrapAdministrator(account.username())))
			.toList());
		model.addAttribute("form", form);
		model.addAttribute("roles", Role.values());
		model.addAttribute("problems", problems);
		model.addAttribute("minPasswordLength", this.accounts.minPasswordLength());
		return LIST_VIEW;
	}

	private String reset(Model model, Account account, List<String> problems) {
		model.addAttribute("account", account);
		model.addAttribute("problems", problems);
		model.addAttribute("minPasswordLength", this.accounts.minPasswordLength());
		return RESET_VIEW;
	}

	/**
	 * One row of the list.
	 *
	 * @param account the account
	 * @param bootstrap whether it is the administrator from the environment (cannot be disabled)
	 */
	record AccountLine(Account account, boolean bootstrap) {

	}

}
