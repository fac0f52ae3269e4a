package org.electionresults.admin;

import java.util.Arrays;
import java.util.Locale;

/** Whether a request asks for an answer before its work is done (RFC 7240 {@code Prefer: respond-async}). */
final class RespondAsync {

	private RespondAsync() {
	}

	static boolean requested(String prefer) {
		return prefer != null && Arrays.stream(prefer.split(","))
			.map((preference) -> preference.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
			.anyMatch("respond-async"::equals);
	}

}
