package org.electionresults.publications;

import org.jspecify.annotations.Nullable;

/**
 * The notice form and the admin API's request body.
 *
 * @param textEs the text in Spanish (required)
 * @param textEn the text in English (optional)
 */
record NoticeForm(@Nullable String textEs, @Nullable String textEn) {

	boolean valid() {
		return this.textEs != null && !this.textEs.isBlank() && this.textEs.strip().length() <= NoticeService.MAX_LENGTH
				&& (this.textEn == null || this.textEn.strip().length() <= NoticeService.MAX_LENGTH);
	}

}
