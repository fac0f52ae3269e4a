package org.electionresults.site.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.electionresults.CountFixture;
import org.electionresults.CountIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The embeds: compact pages in both languages, computed in one snapshot (their ETag names the data
 * version), framable by any site while every other page refuses to be framed.
 */
class EmbedPagesTests extends CountIntegrationTest {

	static final String[] EMBEDS = { "/embed/president", "/embed/chambers/senate", "/embed/chambers/deputies",
			"/embed/departments/2" };

	@Test
	void everyEmbedIsFramableByAnySiteAndNamesItsDataVersion() {
		CountFixture.upload(this.uploads, this.dir);
		long version = this.jdbc.sql("SELECT data_version FROM election").query(Long.class).single();
		for (String path : EMBEDS) {
			MvcTestResult result = this.mvc.get().uri(path).exchange();
			assertThat(result).as(path).hasStatusOk();
			assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(path)
				.contains("frame-ancestors *")
				.doesNotContain("frame-ancestors 'none'");
			assertThat(result.getResponse().getHeader("X-Frame-Options")).as(path).isNull();
			assertThat(result.getResponse().getHeader("ETag")).as(path).isEqualTo("W/\"v" + version + "-es\"");
			assertThat(result).bodyText()
				.as(path)
				.contains("data-version=\"" + version + "\"", "target=\"_blank\"")
				.doesNotContain("class=\"main-nav\"");
		}
	}

	@Test
	void otherPagesStillRefuseToBeFramed() {
		for (String path : new String[] { "/", "/chambers/senate", "/departments/2", "/login", "/embedded" }) {
			MvcTestResult result = this.mvc.get().uri(path).exchange();
			assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(path)
				.contains("frame-ancestors 'none'");
			assertThat(result.getResponse().getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
		}
	}

	@Test
	void thePresidentialEmbedInBothLanguagesLinksBackToTheFullPage() {
		CountFixture.upload(this.uploads, this.dir);
		assertThat(this.mvc.get().uri("/embed/president")).bodyText()
			.contains("Elección presidencial de Bolivia 2020", "Luis Arce Catacora", "Actas computadas",
					"href=\"http://localhost/?lang=es\"");
		assertThat(this.mvc.get().uri("/embed/president?lang=en")).bodyText()
			.contains("Bolivia&#39;s 2020 presidential election", "See all results", "href=\"http://localhost/?lang=en\"");
		assertThat(this.mvc.get().uri("/embed/chambers/deputies?lang=en")).bodyText()
			.contains("Chamber of Deputies", "href=\"http://localhost/chambers/deputies?lang=en\"");
		assertThat(this.mvc.get().uri("/embed/departments/7")).bodyText()
			.contains("Santa Cruz", "href=\"http://localhost/departments/7?lang=es\"");
	}

	@Test
	void eachEmbeddablePageOffersItsSnippet() {
		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains("Insertar en su sitio", "&lt;iframe src=&quot;http://localhost/embed/president?lang=es&quot;");
		assertThat(this.mvc.get().uri("/chambers/senate?lang=en")).bodyText()
			.contains("Embed on your site", "&lt;iframe src=&quot;http://localhost/embed/chambers/senate?lang=en&quot;");
		assertThat(this.mvc.get().uri("/departments/3")).bodyText()
			.contains("&lt;iframe src=&quot;http://localhost/embed/departments/3?lang=es&quot;");
		assertThat(this.mvc.get().uri("/embed/departments/99")).hasStatus(404);
	}

}
