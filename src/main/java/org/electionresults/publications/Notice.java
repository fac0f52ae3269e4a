package org.electionresults.publications;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A public notice of the administrators.
 *
 * @param id its number
 * @param textEs the text in Spanish
 * @param textEn the text in English, if given
 * @param postedAt when it was posted
 * @param endedAt when it was ended; {@code null} while active
 */
public record Notice(long id, String textEs, @Nullable String textEn, Instant postedAt, @Nullable Instant endedAt) {

	public boolean active() {
		return this.endedAt == null;
	}

	/** The text in the reader's language: English when asked for and given, Spanish otherwise. */
	public String text(Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.textEn != null && !this.textEn.isBlank()) ? this.textEn
				: this.textEs;
	}

}
