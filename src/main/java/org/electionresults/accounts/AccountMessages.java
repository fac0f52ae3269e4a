package org.electionresults.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts the reasons for a refused account change into words, in the reader's language. */
@Component
class AccountMessages {

	private final MessageSource messages;

	AccountMessages(MessageSource messages) {
		this.messages = messages;
	}

	List<String> describe(AccountRefusedException refusal, int minPasswordLength, Locale locale) {
		List<String> lines = new ArrayList<>();
		if (refusal.passwordProblems().isEmpty()) {
			lines.add(this.messages.getMessage("accounts.refused." + refusal.reason(), null, locale));
		}
		for (PasswordProblem problem : PasswordProblem.values()) {
			if (refusal.passwordProblems().contains(problem)) {
				lines.add(this.messages.getMessage("accounts.password." + problem.name(),
						new Object[] { minPasswordLength, PasswordRule.MAX_BYTES }, locale));
			}
		}
		return lines;
	}

	String text(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
