package org.electionresults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.electionresults.ingest.UploadFiles;
import org.electionresults.ingest.UploadReport;
import org.electionresults.ingest.UploadService;
import org.electionresults.ingest.UploadStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
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
 * 2019 beside 2020, places not counted yet, and search, in a real browser on the real partial export
 * of 19 October 2020: the comparison page sorted by clicking a column and filtered with its form,
 * the header's search box, an uncounted polling station. Screenshots at 1280 and 390 px in
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContextPagesBrowserTests {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final int DESKTOP = 1280;

	static final int PHONE = 390;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UploadService uploads;

	ChromeDriver browser;

	Path profile;

	@BeforeAll
	void startBrowserWithTheSample() throws IOException {
		Assumptions.assumeTrue(
				Files.isExecutable(PublicPagesBrowserTests.CHROMIUM)
						&& Files.isExecutable(PublicPagesBrowserTests.CHROMEDRIVER),
				"Browser tests skipped: no Chromium here; apt-get install chromium chromium-driver");
		TallyDatabase.reset(this.jdbc);
		UploadReport report = this.uploads.ingest(UploadFiles.attempt(
				RealSample.PARTIAL_EXPORT, false));
		assertThat(report.status()).isEqualTo(UploadStatus.COMMITTED);
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
		TallyDatabase.reset(this.jdbc);
	}

	@Test
	@Order(1)
	void theComparisonPageSortsByAClickedColumnAndFiltersByDepartment() throws IOException {
		open("/comparison/2019");
		assertThat(text("h1")).isEqualTo("2019 y 2020 por municipio");
		assertThat(text("main")).contains("anulada", "Ver el mapa del cambio desde 2019");
		assertThat(this.browser.findElements(By.cssSelector("table.comparison-table tbody tr"))).hasSize(341);
		screenshot("comparison", DESKTOP);
		screenshot("comparison-phone", PHONE);
		// MAS-IPSP's swing, largest first: the header is clicked twice
		navigate(swingHeader());
		navigate(swingHeader());
		assertThat(this.browser.getCurrentUrl()).contains("sort=swing-MAS_IPSP", "dir=desc");
		List<WebElement> firstRows = this.browser.findElements(By.cssSelector("table.comparison-table tbody tr"));
		assertThat(firstRows.get(0).findElements(By.cssSelector("td.swing")).get(0).getText()).startsWith("+");
		new org.openqa.selenium.support.ui.Select(this.browser.findElement(By.id("department")))
			.selectByVisibleText("Potosí");
		navigate(this.browser.findElement(By.cssSelector("form.filter button")));
		assertThat(this.browser.getCurrentUrl()).contains("department=5", "sort=swing-MAS_IPSP", "dir=desc");
		assertThat(this.browser.findElements(By.cssSelector("table.comparison-table tbody tr")))
			.allSatisfy((row) -> assertThat(row.findElements(By.tagName("td")).get(0).getText()).isEqualTo("Potosí"));
		screenshot("comparison-potosi", DESKTOP);
	}

	@Test
	@Order(2)
	void theOverviewAndADepartmentShow2019BesideTheCoverage() throws IOException {
		open("/");
		assertThat(text("section.comparison")).contains("Comparación con 2019", "anulada", "Actas de 2020 computadas");
		screenshot("overview-comparison", DESKTOP);
		open("/departments/2");
		assertThat(text("section.comparison")).contains("MAS-IPSP", "Participación");
		screenshot("department-comparison", DESKTOP);
	}

	@Test
	@Order(3)
	void theHeaderSearchBoxFindsPotosiAndAStationDespiteATypo() throws IOException {
		open("/");
		WebElement box = this.browser.findElement(By.id("site-search-q"));
		box.sendKeys("potosi");
		navigate(this.browser.findElement(By.cssSelector("form.site-search button")));
		assertThat(this.browser.getCurrentUrl()).contains("/search?q=potosi");
		assertThat(this.browser.findElements(By.cssSelector(".search-results li")).get(0).getText())
			.contains("Departamento", "Potosí");
		screenshot("search", DESKTOP);
		screenshot("search-phone", PHONE);
		open("/search?q=escuela+fray+gabriel+maria+landinni");
		navigate(this.browser.findElement(By.cssSelector(".search-results li a")));
		assertThat(text("h1")).contains("Escuela Fray Gabriel Maria Landini", "recinto");
		assertThat(text("main")).contains("Se esperan 4 actas y 725 inscritos", "Aún no hay actas computadas");
		screenshot("station-uncounted", DESKTOP);
		screenshot("station-uncounted-phone", PHONE);
	}

	private WebElement swingHeader() {
		return this.browser.findElement(By.cssSelector("a[href*='sort=swing-MAS_IPSP']"));
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
				Map.of("width", width, "height", Math.min(height.intValue(), 8000), "deviceScaleFactor", 1, "mobile",
						phone));
		File shot = this.browser.getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

}
