package org.electionresults.site;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.electionresults.results.Share;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers and times as the public pages show them, in the language of the request: votes
 * with the language's grouping ({@code 3.393.978}, {@code 3,393,978}), shares with two
 * decimals and the percent sign where the language puts it ({@code 55,10 %},
 * {@code 55.10%}), times in Bolivian time. Templates call it as
 * {@code ${@figures.votes(n)}}, also inside SVG titles and ARIA labels, so there is one
 * way to write a figure everywhere.
 */
@Component("figures")
public class Figures {

	/**
	 * Election results are reported in the time of La Paz, whatever the server's zone.
	 */
	public static final ZoneId BOLIVIA = ZoneId.of("America/La_Paz");

	private static final DateTimeFormatter AUDIT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final MessageSource messages;

	Figures(MessageSource messages) {
		this.messages = messages;
	}

	/** A whole number with the language's digit grouping. */
	public String votes(long value) {
		return NumberFormat.getIntegerInstance(locale()).format(value);
	}

	/** A share in percent, rounded half up to two decimals from the exact integers. */
	public String percent(Share share) {
		return percent(share.percent());
	}

	/** A percentage already rounded for display, e.g. {@code 55.10}. */
	public String percent(BigDecimal percent) {
		return message("pages.format.percent", decimal(percent));
	}

	/** Percentage points, e.g. a lead: {@code 10,57 puntos}. */
	public String points(BigDecimal points) {
		return message("pages.format.points", decimal(points));
	}

	/** A percentage difference in points as a share of a whole, e.g. a margin. */
	public String points(Share share) {
		return points(share.percent());
	}

	/** Per 1,000, e.g. flagged mesas per 1,000 counted: {@code 12,50 ‰}. */
	public String perMille(BigDecimal perMille) {
		return message("pages.format.perMille", decimal(perMille));
	}

	/** A value already rounded for display, in its unit. */
	public String in(BigDecimal value, FigureUnit unit) {
		return switch (unit) {
			case PERCENT -> percent(value);
			case POINTS -> points(value);
			case PER_MILLE -> perMille(value);
		};
	}

	/** A moment in Bolivian time, or a dash when there is none. */
	public String dateTime(@Nullable Instant instant) {
		if (instant == null) {
			return "—";
		}
		DateTimeFormatter format = DateTimeFormatter.ofPattern(message("pages.format.dateTime"), locale());
		return message("pages.format.boliviaTime", format.format(instant.atZone(BOLIVIA)));
	}

	/** A moment to the second in Bolivian time, for the upload audit trail. */
	public String auditTime(@Nullable Instant instant) {
		if (instant == null) {
			return "—";
		}
		return message("pages.format.boliviaTime", AUDIT_TIME.format(instant.atZone(BOLIVIA)));
	}

	/**
	 * A number with two decimals and no unit, for table cells whose heading names the
	 * unit.
	 */
	public String decimal(BigDecimal value) {
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
