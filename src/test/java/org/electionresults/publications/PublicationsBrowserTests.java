package org.electionresults.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.electionresults.Browser;
import org.electionresults.CountFixture;
import org.electionresults.TallyDatabase;
import org.electionresults.TestDatabaseConfiguration;
import org.electionresults.ingest.UploadService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a real browser: the Publications page with an active notice and the footer's heartbeat (saved
 * at 1280 and 390 px under {@code target/screenshots/}), and the Swagger UI page, which must render
 * the API under the site's Content-Security-Policy without a single console error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicationsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UploadService uploads;

	@Autowired
	NoticeService notices;

	@TempDir
	Path dir;

	Browser browser;

	@BeforeAll
	void startBrowser() throws IOException {
		TallyDatabase.reset(this.jdbc);
		this.browser = Browser.start(this.port);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void thePublicationsPageShowsTheChainTheNoticesAndHowToVerify() throws IOException {
		CountFixture.upload(this.uploads, this.dir, "first.csv", CountFixture.export().firstMesas(150).build());
		CountFixture.upload(this.uploads, this.dir, "second.csv",
				CountFixture.export().firstMesas(300).correct((mesa) -> mesa.index() % 9 == 0, 1).build());
		Notice notice = this.notices.post("El cómputo está en pausa mientras se verifican las actas de Potosí.",
				"The count is paused while the actas of Potosí are verified.", "test-admin");
		this.browser.open("/publications");
		assertThat(this.browser.driver().findElements(By.cssSelector("table.chain tbody tr"))).hasSize(3);
		assertThat(this.browser.text(".active-notices")).contains("El cómputo está en pausa");
		assertThat(this.browser.text(".heartbeat")).contains("Publicación n.º 2");
		assertThat(this.browser.text(".verify pre")).contains("sha256sum");
		assertThat(this.browser.driver().findElement(By.cssSelector(".heartbeat .age")).getText()).contains("minuto");
		this.browser.screenshot("publications", 1280);
		this.browser.screenshot("publications-phone", 390);
		this.browser.open("/?lang=en");
		assertThat(this.browser.text(".active-notices")).contains("The count is paused");
		assertThat(this.browser.text(".heartbeat")).contains("Publication no. 2");
		this.browser.screenshot("overview-with-notice", 1280);
		this.notices.end(notice.id(), "test-admin");
		this.browser.open("/publications?lang=en");
		assertThat(this.browser.driver().findElements(By.cssSelector(".active-notices"))).isEmpty();
		assertThat(this.browser.text("table.notices")).contains("The count is paused");
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void theSwaggerUiRendersTheApiUnderTheSitesContentSecurityPolicy() throws IOException {
		this.browser.open("/");
		this.browser.driver().findElement(By.cssSelector(".site-footer a[href='/swagger-ui/index.html']")).click();
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .opblock")));
		assertThat(this.browser.driver().findElements(By.cssSelector(".swagger-ui .opblock-summary-path")))
			.extracting((element) -> element.getAttribute("data-path"))
			.contains("/api/results/president", "/api/publications", "/data/publications/{number}/{file}");
		this.browser.screenshot("swagger-ui", 1280);
		List<String> errors = consoleErrors();
		assertThat(errors).as("console errors (CSP violations among them)").isEmpty();
	}

	private List<String> consoleErrors() {
		return this.browser.driver()
			.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()
					|| entry.getMessage().contains("Content Security Policy"))
			.map(LogEntry::getMessage)
			.toList();
	}

}
