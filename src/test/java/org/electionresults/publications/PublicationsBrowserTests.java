package org.electionresults.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.electionresults.Browser;
import org.electionresults.CountFixture;
import org.electionresults.TallyDatabase;
import org.electionresults.TestDatabaseConfiguration;
import org.electionresults.ingest.UploadService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
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

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

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

	ChromeDriver browser;

	Path profile;

	@BeforeAll
	void startBrowser() throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser tests skipped: no Chromium here; apt-get install chromium chromium-driver");
		TallyDatabase.reset(this.jdbc);
		Files.createDirectories(SCREENSHOTS);
		this.profile = Files.createTempDirectory("election-results-chromium");
		this.browser = Browser.chromium(this.profile, Duration.ofSeconds(30));
	}

	@AfterAll
	void stopBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.profile != null) {
			org.springframework.util.FileSystemUtils.deleteRecursively(this.profile);
		}
	}

	@Test
	void thePublicationsPageShowsTheChainTheNoticesAndHowToVerify() throws IOException {
		CountFixture.upload(this.uploads, this.dir, "first.csv", CountFixture.export().firstMesas(150).build());
		CountFixture.upload(this.uploads, this.dir, "second.csv",
				CountFixture.export().firstMesas(300).correct((mesa) -> mesa.index() % 9 == 0, 1).build());
		Notice notice = this.notices.post("El cómputo está en pausa mientras se verifican las actas de Potosí.",
				"The count is paused while the actas of Potosí are verified.", "test-admin");
		open("/publications");
		assertThat(this.browser.findElements(By.cssSelector("table.chain tbody tr"))).hasSize(3);
		assertThat(text(".active-notices")).contains("El cómputo está en pausa");
		assertThat(text(".heartbeat")).contains("Publicación n.º 2");
		assertThat(text(".verify pre")).contains("sha256sum");
		assertThat(this.browser.findElement(By.cssSelector(".heartbeat .age")).getText()).contains("minuto");
		screenshot("publications", 1280);
		screenshot("publications-phone", 390);
		open("/?lang=en");
		assertThat(text(".active-notices")).contains("The count is paused");
		assertThat(text(".heartbeat")).contains("Publication no. 2");
		screenshot("overview-with-notice", 1280);
		this.notices.end(notice.id(), "test-admin");
		open("/publications?lang=en");
		assertThat(this.browser.findElements(By.cssSelector(".active-notices"))).isEmpty();
		assertThat(text("table.notices")).contains("The count is paused");
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void theSwaggerUiRendersTheApiUnderTheSitesContentSecurityPolicy() throws IOException {
		open("/");
		this.browser.findElement(By.cssSelector(".site-footer a[href='/swagger-ui/index.html']")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .opblock")));
		assertThat(this.browser.findElements(By.cssSelector(".swagger-ui .opblock-summary-path")))
			.extracting((element) -> element.getAttribute("data-path"))
			.contains("/api/results/president", "/api/publications", "/data/publications/{number}/{file}");
		screenshot("swagger-ui", 1280);
		List<String> errors = consoleErrors();
		assertThat(errors).as("console errors (CSP violations among them)").isEmpty();
	}

	private List<String> consoleErrors() {
		return this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()
					|| entry.getMessage().contains("Content Security Policy"))
			.map(LogEntry::getMessage)
			.toList();
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

	private void screenshot(String name, int width) throws IOException {
		boolean phone = width < 600;
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", phone));
		Number height = (Number) this.browser
			.executeScript("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height.intValue(), "deviceScaleFactor", 1, "mobile", phone));
		File shot = this.browser.getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

}
