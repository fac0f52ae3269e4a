package org.electionresults.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.electionresults.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Spanish by default, English on request, and the choice is remembered. */
@IntegrationTest
class LocaleTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void spanishByDefault() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk().bodyText().contains("lang=\"es\"", "Resumen");
	}

	@Test
	void englishOnRequestAndRemembered() {
		MvcTestResult switched = this.mvc.get().uri("/?lang=en").exchange();
		assertThat(switched).hasStatusOk().bodyText().contains("lang=\"en\"", "Overview");
		Cookie remembered = switched.getResponse().getCookie("lang");
		assertThat(remembered).isNotNull();
		assertThat(this.mvc.get().uri("/").cookie(remembered)).bodyText().contains("lang=\"en\"", "Overview");
	}

	@Test
	void anUnknownLanguageFallsBackToSpanish() {
		assertThat(this.mvc.get().uri("/?lang=xx")).hasStatusOk().bodyText().contains("Resumen");
	}

}
