package org.electionresults.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.electionresults.Browser;
import org.electionresults.TallyDatabase;
import org.electionresults.TestDatabaseConfiguration;
import org.electionresults.ingest.UploadFiles;
import org.electionresults.ingest.UploadService;
import org.electionresults.ingest.UploadStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The review page in a real browser on the real partial export of 19 October 2020: the rules and
 * their counts, the filters chosen in the form (rule, then department, then municipality), and a
 * mesa flagged by a station rule with its station side by side. Screenshots in
 * {@code target/screenshots/} at desktop and phone width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UploadService uploads;

	Browser browser;

	@BeforeAll
	void uploadTheSampleAndStartTheBrowser() throws IOException {
		TallyDatabase.reset(this.jdbc);
		assertThat(this.uploads.ingest(UploadFiles.attempt(ReviewFlagsSampleTests.SAMPLE, false)).status())
			.isEqualTo(UploadStatus.COMMITTED);
		this.browser = Browser.start(this.port);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void theReviewPageNarrowsByRuleDepartmentAndMunicipality() throws IOException {
		this.browser.open("/?lang=es");
		this.browser.navigate(this.browser.driver().findElement(By.linkText("Revisión")));
		assertThat(this.browser.text("h1")).isEqualTo("Actas para mirar de nuevo");
		assertThat(this.browser.text(".notice")).contains("no dice que algo esté mal");
		assertThat(this.browser.text("table.review-counts")).contains("Participación total", "Muchos votos nulos")
			.containsIgnoringCase("La Paz")
			.containsIgnoringCase("Exterior");
		this.browser.screenshot("review", 1280);
		this.browser.screenshot("review-phone", 390);

		new Select(this.browser.driver().findElement(By.name("rule"))).selectByValue("HIGH_NULL");
		new Select(this.browser.driver().findElement(By.name("department"))).selectByValue("2");
		submit();
		List<WebElement> rows = this.browser.driver().findElements(By.cssSelector("table.flags tbody tr"));
		assertThat(rows).isNotEmpty().allSatisfy((row) -> assertThat(row.getText()).contains("Muchos votos nulos", "La Paz"));

		Select municipality = new Select(this.browser.driver().findElement(By.name("municipality")));
		String chosen = municipality.getOptions().get(1).getText();
		municipality.selectByIndex(1);
		submit();
		assertThat(new Select(this.browser.driver().findElement(By.name("municipality"))).getFirstSelectedOption()
			.getText()).isEqualTo(chosen);
		assertThat(this.browser.driver().findElements(By.cssSelector("table.flags tbody tr")))
			.isNotEmpty()
			.allSatisfy((row) -> assertThat(row.getText()).contains(chosen, "Muchos votos nulos"));
		this.browser.screenshot("review-filtered", 1280);

		this.browser.navigate(this.browser.driver().findElement(By.cssSelector("table.flags tbody tr a")));
		assertThat(this.browser.text("h1")).startsWith("Mesa ");
		assertThat(this.browser.text("#review")).contains("Muchos votos nulos");
	}

	@Test
	void aMesaFlaggedByAStationRuleShowsItsStationSideBySide() throws IOException {
		int code = this.jdbc.sql("SELECT min(mesa_code) FROM review_flag WHERE rule = 'SHARE_OUT_OF_LINE'")
			.query(Integer.class)
			.single();
		this.browser.open("/review?rule=SHARE_OUT_OF_LINE");
		this.browser.navigate(this.browser.driver().findElement(By.linkText(Integer.toString(code))));
		assertThat(this.browser.text("h1")).isEqualTo("Mesa " + code);
		assertThat(this.browser.text("#review")).contains("Voto distinto al del recinto",
				"mediana de las demás mesas del recinto");
		List<WebElement> station = this.browser.driver().findElements(By.cssSelector("table.station-mesas tbody tr"));
		assertThat(station).hasSizeGreaterThanOrEqualTo(3);
		assertThat(this.browser.driver().findElement(By.cssSelector("table.station-mesas tr.this-mesa")).getText())
			.contains(Integer.toString(code));
		this.browser.screenshot("mesa-flagged", 1280);
		this.browser.screenshot("mesa-flagged-phone", 390);
		this.browser.open("/?lang=en");
		assertThat(this.browser.text("table.composition")).contains("Metropolitan", "Rural, isolated");
		this.browser.screenshot("overview-composition", 1280);
		this.browser.open("/review");
		assertThat(this.browser.text("h1")).isEqualTo("Actas that need a look");
		this.browser.screenshot("review-english", 1280);
	}

	private void submit() {
		this.browser.navigate(this.browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")));
	}

}
