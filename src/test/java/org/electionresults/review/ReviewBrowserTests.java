package org.electionresults.review;

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
import org.electionresults.BrowserPages;
import org.electionresults.TallyDatabase;
import org.electionresults.TestDatabaseConfiguration;
import org.electionresults.ingest.UploadFiles;
import org.electionresults.ingest.UploadService;
import org.electionresults.ingest.UploadStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

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

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UploadService uploads;

	ChromeDriver browser;

	Path profile;

	@BeforeAll
	void uploadTheSampleAndStartTheBrowser() throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser tests skipped: no Chromium here; apt-get install chromium chromium-driver");
		TallyDatabase.reset(this.jdbc);
		assertThat(this.uploads.ingest(UploadFiles.attempt(ReviewFlagsSampleTests.SAMPLE, false)).status())
			.isEqualTo(UploadStatus.COMMITTED);
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
	void theReviewPageNarrowsByRuleDepartmentAndMunicipality() throws IOException {
		open("/?lang=es");
		navigate(this.browser.findElement(By.linkText("Revisión")));
		assertThat(text("h1")).isEqualTo("Actas para mirar de nuevo");
		assertThat(text(".notice")).contains("no dice que algo esté mal");
		assertThat(text("table.review-counts")).contains("Participación total", "Muchos votos nulos")
			.containsIgnoringCase("La Paz")
			.containsIgnoringCase("Exterior");
		screenshot("review", 1280);
		screenshot("review-phone", 390);

		new Select(this.browser.findElement(By.name("rule"))).selectByValue("HIGH_NULL");
		new Select(this.browser.findElement(By.name("department"))).selectByValue("2");
		submit();
		List<WebElement> rows = this.browser.findElements(By.cssSelector("table.flags tbody tr"));
		assertThat(rows).isNotEmpty().allSatisfy((row) -> assertThat(row.getText()).contains("Muchos votos nulos", "La Paz"));

		Select municipality = new Select(this.browser.findElement(By.name("municipality")));
		String chosen = municipality.getOptions().get(1).getText();
		municipality.selectByIndex(1);
		submit();
		assertThat(new Select(this.browser.findElement(By.name("municipality"))).getFirstSelectedOption().getText())
			.isEqualTo(chosen);
		assertThat(this.browser.findElements(By.cssSelector("table.flags tbody tr")))
			.isNotEmpty()
			.allSatisfy((row) -> assertThat(row.getText()).contains(chosen, "Muchos votos nulos"));
		screenshot("review-filtered", 1280);

		navigate(this.browser.findElement(By.cssSelector("table.flags tbody tr a")));
		assertThat(text("h1")).startsWith("Mesa ");
		assertThat(text("#review")).contains("Muchos votos nulos");
	}

	@Test
	void aMesaFlaggedByAStationRuleShowsItsStationSideBySide() throws IOException {
		int code = this.jdbc.sql("SELECT min(mesa_code) FROM review_flag WHERE rule = 'SHARE_OUT_OF_LINE'")
			.query(Integer.class)
			.single();
		open("/review?rule=SHARE_OUT_OF_LINE");
		navigate(this.browser.findElement(By.linkText(Integer.toString(code))));
		assertThat(text("h1")).isEqualTo("Mesa " + code);
		assertThat(text("#review")).contains("Voto distinto al del recinto", "mediana de las demás mesas del recinto");
		List<WebElement> station = this.browser.findElements(By.cssSelector("table.station-mesas tbody tr"));
		assertThat(station).hasSizeGreaterThanOrEqualTo(3);
		assertThat(this.browser.findElement(By.cssSelector("table.station-mesas tr.this-mesa")).getText())
			.contains(Integer.toString(code));
		screenshot("mesa-flagged", 1280);
		screenshot("mesa-flagged-phone", 390);
		open("/?lang=en");
		assertThat(text("table.composition")).contains("Metropolitan", "Rural, isolated");
		screenshot("overview-composition", 1280);
		open("/review");
		assertThat(text("h1")).isEqualTo("Actas that need a look");
		screenshot("review-english", 1280);
	}

	private void submit() {
		navigate(this.browser.findElement(By.cssSelector("form.filters button[type=submit]")));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

	private void navigate(WebElement target) {
		WebElement page = this.browser.findElement(By.tagName("html"));
		target.click();
		new WebDriverWait(this.browser, Duration.ofSeconds(30)).until(BrowserPages.gone(page));
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
