package org.electionresults.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The name of a new account: 3 to 40 lower-case letters, digits, dots, hyphens or underscores,
 * starting with a letter or digit. Typed names are trimmed and lower-cased first; a name with other
 * characters ("maría", "ana lópez") is refused rather than stored as a second spelling.
 */
final class Username {

	private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

	private Username() {
	}

	/** The name to store, when {@code typed} is a valid one. */
	static Optional<String> parse(@Nullable String typed) {
		String name = (typed == null) ? "" : typed.trim().toLowerCase(Locale.ROOT);
		return VALID.matcher(name).matches() ? Optional.of(name) : Optional.empty();
	}

}
