package org.electionresults.ingest;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a problem into words in the reader's language, with where it is: "Line 17, column
 * VOTO_VALIDO: …". Problems are stored as codes so that each reader sees them in their language.
 */
@Component
public class ProblemMessages {

	private final MessageSource messages;

	ProblemMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String describe(Problem problem, Locale locale) {
		String text = this.messages.getMessage(problem.code(), problem.args().toArray(), problem.code(), locale);
		return where(problem, locale) + text;
	}

	private String where(Problem problem, Locale locale) {
		String sheet = (problem.sheet() != null) ? this.messages.getMessage("ingest.where.sheet",
				new Object[] { problem.sheet() }, locale) : "";
		if (problem.line() <= 0) {
			return sheet;
		}
		if (problem.column() == null) {
			return sheet + this.messages.getMessage("ingest.where.line", new Object[] { problem.line() }, locale);
		}
		return sheet + this.messages.getMessage("ingest.where.line-column",
				new Object[] { problem.line(), problem.column() }, locale);
	}

}
