package org.electionresults.site;

import org.electionresults.site.Figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import org.electionresults.results.Share;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Figures as each language writes them, with the 2020 result as the example. */
class FiguresTests {

	private final Figures figures = new Figures(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void spanish() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));

		assertThat(this.figures.votes(3_393_978)).isEqualTo("3.393.978");
		assertThat(this.figures.percent(Share.of(3_393_978, 6_159_120))).isEqualTo("55,10\u00a0%");
		assertThat(this.figures.points(new BigDecimal("10.57"))).isEqualTo("10,57 puntos");
		assertThat(this.figures.decimal(new BigDecimal("0.4"))).isEqualTo("0,40");
		assertThat(this.figures.dateTime(Instant.parse("2020-10-19T18:05:00Z")))
			.isEqualTo("19 de octubre de 2020, 14:05 (hora de Bolivia)");
		assertThat(this.figures.auditTime(Instant.parse("2020-10-19T18:05:07Z")))
			.isEqualTo("2020-10-19 14:05:07 (hora de Bolivia)");
	}

	@Test
	void english() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(this.figures.votes(3_393_978)).isEqualTo("3,393,978");
		assertThat(this.figures.percent(Share.of(3_393_978, 6_159_120))).isEqualTo("55.10%");
		assertThat(this.figures.points(new BigDecimal("10.57"))).isEqualTo("10.57 points");
		assertThat(this.figures.dateTime(Instant.parse("2020-10-19T18:05:00Z")))
			.isEqualTo("October 19, 2020, 2:05 PM (Bolivia time)");
		assertThat(this.figures.auditTime(Instant.parse("2020-10-19T18:05:07Z")))
			.isEqualTo("2020-10-19 14:05:07 (Bolivia time)");
	}

	@Test
	void sharesAreRoundedHalfUpFromTheExactIntegersAndEmptyWholesGiveZero() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(this.figures.percent(Share.of(2_889_359, 6_137_671))).isEqualTo("47.08%");
		assertThat(this.figures.percent(Share.of(1, 8))).isEqualTo("12.50%");
		assertThat(this.figures.percent(Share.of(0, 0))).isEqualTo("0.00%");
		assertThat(this.figures.dateTime(null)).isEqualTo("—");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
