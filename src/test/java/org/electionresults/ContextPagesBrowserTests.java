package org.electionresults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.electionresults.ingest.UploadFiles;
import org.electionresults.ingest.UploadReport;
import org.electionresults.ingest.UploadService;
import org.electionresults.ingest.UploadStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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

	/** The comparison table lists 341 municipalities: its screenshots stop at this height. */
	static final int MAX_HEIGHT = 8000;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UploadService uploads;

	Browser browser;

	@BeforeAll
	void startBrowserWithTheSample() throws IOException {
		TallyDatabase.reset(this.jdbc);
		UploadReport report = this.uploads.ingest(UploadFiles.attempt(
				RealSample.PARTIAL_EXPORT, false));
		assertThat(report.status()).isEqualTo(UploadStatus.COMMITTED);
		this.browser = Browser.start(this.port);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
		TallyDatabase.reset(this.jdbc);
	}

	@Test
	@Order(1)
	void theComparisonPageSortsByAClickedColumnAndFiltersByDepartment() throws IOException {
		this.browser.open("/comparison/2019");
		assertThat(this.browser.text("h1")).isEqualTo("2019 y 2020 por municipio");
		assertThat(this.browser.text("main")).contains("anulada", "Ver el mapa del cambio desde 2019");
		assertThat(this.browser.driver().findElements(By.cssSelector("table.comparison-table tbody tr"))).hasSize(341);
		this.browser.screenshot("comparison", Browser.DESKTOP, MAX_HEIGHT);
		this.browser.screenshot("comparison-phone", Browser.PHONE, MAX_HEIGHT);
		// MAS-IPSP's swing, largest first: the header is clicked twice
		this.browser.navigate(swingHeader());
		this.browser.navigate(swingHeader());
		assertThat(this.browser.driver().getCurrentUrl()).contains("sort=swing-MAS_IPSP", "dir=desc");
		List<WebElement> firstRows = this.browser.driver()
			.findElements(By.cssSelector("table.comparison-table tbody tr"));
		assertThat(firstRows.get(0).findElements(By.cssSelector("td.swing")).get(0).getText()).startsWith("+");
		new org.openqa.selenium.support.ui.Select(this.browser.driver().findElement(By.id("department")))
			.selectByVisibleText("Potosí");
		this.browser.navigate(this.browser.driver().findElement(By.cssSelector("form.filter button")));
		assertThat(this.browser.driver().getCurrentUrl()).contains("department=5", "sort=swing-MAS_IPSP", "dir=desc");
		assertThat(this.browser.driver().findElements(By.cssSelector("table.comparison-table tbody tr")))
			.allSatisfy((row) -> assertThat(row.findElements(By.tagName("td")).get(0).getText()).isEqualTo("Potosí"));
		this.browser.screenshot("comparison-potosi", Browser.DESKTOP, MAX_HEIGHT);
	}

	@Test
	@Order(2)
	void theOverviewAndADepartmentShow2019BesideTheCoverage() throws IOException {
		this.browser.open("/");
		assertThat(this.browser.text("section.comparison")).contains("Comparación con 2019", "anulada",
				"Actas de 2020 computadas");
		this.browser.screenshot("overview-comparison", Browser.DESKTOP, MAX_HEIGHT);
		this.browser.open("/departments/2");
		assertThat(this.browser.text("section.comparison")).contains("MAS-IPSP", "Participación");
		this.browser.screenshot("department-comparison", Browser.DESKTOP, MAX_HEIGHT);
	}

	@Test
	@Order(3)
	void theHeaderSearchBoxFindsPotosiAndAStationDespiteATypo() throws IOException {
		this.browser.open("/");
		WebElement box = this.browser.driver().findElement(By.id("site-search-q"));
		box.sendKeys("potosi");
		this.browser.navigate(this.browser.driver().findElement(By.cssSelector("form.site-search button")));
		assertThat(this.browser.driver().getCurrentUrl()).contains("/search?q=potosi");
		assertThat(this.browser.driver().findElements(By.cssSelector(".search-results li")).get(0).getText())
			.contains("Departamento", "Potosí");
		this.browser.screenshot("search", Browser.DESKTOP, MAX_HEIGHT);
		this.browser.screenshot("search-phone", Browser.PHONE, MAX_HEIGHT);
		this.browser.open("/search?q=escuela+fray+gabriel+maria+landinni");
		this.browser.navigate(this.browser.driver().findElement(By.cssSelector(".search-results li a")));
		assertThat(this.browser.text("h1")).contains("Escuela Fray Gabriel Maria Landini", "recinto");
		assertThat(this.browser.text("main")).contains("Se esperan 4 actas y 725 inscritos",
				"Aún no hay actas computadas");
		this.browser.screenshot("station-uncounted", Browser.DESKTOP, MAX_HEIGHT);
		this.browser.screenshot("station-uncounted-phone", Browser.PHONE, MAX_HEIGHT);
	}

	private WebElement swingHeader() {
		return this.browser.driver().findElement(By.cssSelector("a[href*='sort=swing-MAS_IPSP']"));
	}

}
