package org.electionresults;

import java.text.NumberFormat;
import java.util.Locale;

import org.electionresults.results.Share;

/**
 * Figures as the pages must write them, spelled out independently of the application's
 * own formatting: Spanish {@code 3.393.978} and {@code 55,10 %} (a no-break space before
 * the sign), English {@code 3,393,978} and {@code 55.10%}.
 */
public final class PageText {

	private PageText() {
	}

	public static String es(long value) {
		return NumberFormat.getIntegerInstance(Locale.forLanguageTag("es")).format(value);
	}

	public static String en(long value) {
		return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
	}

	public static String esPercent(long part, long whole) {
		return Share.of(part, whole).percent().toPlainString().replace('.', ',') + "\u00a0%";
	}

	public static String enPercent(long part, long whole) {
		return Share.of(part, whole).percent().toPlainString() + "%";
	}

}
