package org.electionresults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.electionresults.ingest.SyntheticExport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * An administrator uploads a national-size export (about 70,000 rows) through the form in a real
 * browser: the progress bar shows the bytes sent, then the server's stages light up in order, and
 * the report follows; a dry run and a revert from the report page. Screenshots of each step under
 * {@code target/screenshots/} (1280 px, the form also at 390 px).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadProgressBrowserTests {

	private static final List<String> ORDER = List.of("SENDING", "READING", "STAGING", "MERGING", "AGGREGATES",
			"COMMITTING");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	ChromeDriver browser;

	Path profile;

	@BeforeAll
	void startBrowser() throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(PublicPagesBrowserTests.CHROMIUM)
				&& Files.isExecutable(PublicPagesBrowserTests.CHROMEDRIVER),
				"Browser tests skipped: no Chromium here; apt-get install chromium chromium-driver");
		TallyDatabase.reset(this.jdbc);
		Files.createDirectories(PublicPagesBrowserTests.SCREENSHOTS);
		this.profile = Files.createTempDirectory("election-results-chromium");
		this.browser = Browser.chromium(this.profile, Duration.ofSeconds(180));
	}

	@AfterAll
	void stopBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.profile != null) {
			try (var files = Files.walk(this.profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@Test
	void aLargeUploadShowsItsBytesThenItsStagesThenTheReport() throws Exception {
		Path file = this.dir.resolve("national.csv");
		SyntheticExport.builder().scale(1).seed(7).layout(SyntheticExport.Layout.UNION_HEADER).build().writeCsv(file);
		signIn();
		screenshot("upload-form", 1280);
		screenshot("upload-form-phone", 390);
		assertThat(this.browser.findElement(By.id("upload-progress")).isDisplayed()).isFalse();

		this.browser.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
		this.browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();

		// Watch the stages light up until the report page replaces the form.
		List<String> seen = new ArrayList<>();
		boolean shot = false;
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (this.browser.getCurrentUrl().endsWith("/admin/uploads") && System.nanoTime() < deadline) {
			Object stage = this.browser.executeScript("""
					var li = document.querySelector('#upload-stages li.current');
					return li ? li.getAttribute('data-stage') : null;""");
			if (stage != null && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(stage))) {
				seen.add(stage.toString());
				if (!shot && ORDER.indexOf(stage.toString()) >= 1) {
					// A server stage: the bar is full, the stage list shows where the upload is.
					assertThat(this.browser.findElement(By.id("upload-progress")).isDisplayed()).isTrue();
					assertThat(this.browser.findElement(By.id("upload-bytes")).getDomProperty("value"))
						.isEqualTo(this.browser.findElement(By.id("upload-bytes")).getDomProperty("max"));
					assertThat(this.browser.findElement(By.id("upload-bytes-text")).getText()).contains("MB");
					screenshot("upload-progress", 1280);
					shot = true;
				}
			}
			new WebDriverWait(this.browser, Duration.ofMillis(100)).pollingEvery(Duration.ofMillis(20))
				.until((driver) -> true);
		}
		new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.urlMatches("/admin/uploads/\\d+$"));
		assertThat(shot).as("a server stage was shown; seen %s", seen).isTrue();
		assertThat(ORDER).as("stages in order").containsSubsequence(seen);
		assertThat(seen).contains("READING");
		assertThat(text("main")).contains("Aplicada");
		screenshot("upload-report", 1280);

		// The revert button of the report.
		navigate(this.browser.findElement(By.id("revert-button")));
		assertThat(text("main")).contains("Reversión de la carga", "se revirtió");
		screenshot("upload-revert", 1280);
		open("/admin/uploads");
		screenshot("upload-history", 1280);
	}

	@Test
	void aDryRunThroughTheFormChangesNothing() throws Exception {
		TallyDatabase.reset(this.jdbc);
		signIn();
		this.browser.findElement(By.name("file"))
			.sendKeys(RealSample.PARTIAL_EXPORT.toAbsolutePath().toString());
		this.browser.findElement(By.id("dryRun")).click();
		this.browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(120))
			.until(ExpectedConditions.urlMatches("/admin/uploads/\\d+$"));
		assertThat(text("main")).contains("Comprobada", "Prueba");
		assertThat(this.jdbc.sql("SELECT count(*) FROM tally").query(Long.class).single()).isZero();
		screenshot("upload-dry-run", 1280);
	}

	private void signIn() {
		open("/login");
		if (!this.browser.findElements(By.name("username")).isEmpty()) {
			this.browser.findElement(By.name("username")).sendKeys("admin");
			this.browser.findElement(By.name("password")).sendKeys("test-admin-password");
			navigate(this.browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")));
		}
		open("/admin/uploads");
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
		new WebDriverWait(this.browser, Duration.ofSeconds(180)).until(BrowserPages.gone(page));
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
		Files.copy(shot.toPath(), PublicPagesBrowserTests.SCREENSHOTS.resolve(name + ".png"),
				StandardCopyOption.REPLACE_EXISTING);
		this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

}
