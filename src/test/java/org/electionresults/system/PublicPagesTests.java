package org.electionresults.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.electionresults.CountFixture;
import org.electionresults.CountIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What every kind of public page shares: HTTP caching on the data version (304 when
 * nothing changed), and markup that the strict Content-Security-Policy lets through
 * whole.
 */
class PublicPagesTests extends CountIntegrationTest {

	@BeforeEach
	void count() {
		CountFixture.upload(this.uploads, this.dir);
	}

	@Test
	void everyPageTypeAnswers304ToAConditionalRequest() {
		for (String page : pages()) {
			MvcTestResult first = this.mvc.get().uri(page).exchange();
			assertThat(first).as(page).hasStatusOk();
			String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
			assertThat(etag).as(page).isNotBlank();
			assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).as(page).startsWith("public");
			assertThat(first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED)).as(page).isNotBlank();
			assertThat(this.mvc.get().uri(page).header(HttpHeaders.IF_NONE_MATCH, etag)).as(page)
				.hasStatus(HttpStatus.NOT_MODIFIED);
		}
	}

	@Test
	void aNewUploadChangesTheValidator() {
		String before = this.mvc.get().uri("/chambers/senate").exchange().getResponse().getHeader(HttpHeaders.ETAG);
		CountFixture.upload(this.uploads, this.dir, "more.csv",
				CountFixture.export().correct((mesa) -> true, 1).build());

		assertThat(this.mvc.get().uri("/chambers/senate").header(HttpHeaders.IF_NONE_MATCH, before)).hasStatusOk();
	}

	@Test
	void noInlineStyleOrScriptThatTheContentSecurityPolicyWouldBlock() {
		for (String page : pages()) {
			// Absolute addresses of the site itself (share metadata, the embed snippet) are fine; no other origin.
			assertThat(this.mvc.get().uri(page)).as(page)
				.bodyText()
				.contains("<link rel=\"stylesheet\" href=\"/assets/css/app-")
				// Scripts only as files of the site (the footer's heartbeat.js).
				.doesNotContainPattern("<script(?![^>]*src=\"/assets/)")
				.satisfies((body) -> assertThat(body.replace("http://localhost/", "")).as(page)
					.doesNotContain(" style=\"", "<style", "<script>", "javascript:", "https://", "http://"))
				.contains("<script src=\"/assets/js/live-");
		}
	}

	private List<String> pages() {
		int mesa = this.jdbc.sql("SELECT min(code) FROM mesa WHERE country_id = 32").query(Integer.class).single();
		String municipality = this.jdbc.sql(
				"SELECT country_id || ':' || region_id || ':' || province_id || ':' || section FROM mesa WHERE code = ?")
			.param(mesa)
			.query(String.class)
			.single();
		String station = this.jdbc.sql("SELECT locality_id || ':' || station_id FROM mesa WHERE code = ?")
			.param(mesa)
			.query(String.class)
			.single();
		int country = this.jdbc.sql("SELECT min(country_id) FROM mesa WHERE country_id <> 32")
			.query(Integer.class)
			.single();
		int city = this.jdbc.sql("SELECT min(region_id) FROM mesa WHERE country_id = ?")
			.param(country)
			.query(Integer.class)
			.single();
		return List.of("/", "/candidates", "/candidates/luis-arce-catacora", "/candidates/jorge-quiroga", "/parties",
				"/parties/CC", "/parties/ADN", "/chambers/senate", "/chambers/deputies", "/constituencies/uninominal/6",
				"/constituencies/special/1", "/departments", "/departments/2", "/abroad", "/abroad/" + country,
				"/abroad/" + country + "/" + city, "/municipalities/" + municipality, "/stations/" + station,
				"/mesas/" + mesa, "/timeline", "/?lang=en");
	}

}
