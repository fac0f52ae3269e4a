package org.electionresults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.electionresults.ingest.UploadFiles;
import org.electionresults.ingest.UploadReport;
import org.electionresults.ingest.UploadService;
import org.electionresults.ingest.UploadStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every map in a real browser, on the real partial export of 19 October 2020: the
 * overview's departments, a department's municipalities and polling stations, and each
 * layer of {@code /maps}; each saved under {@code target/screenshots/maps-*.png} at 1280
 * and 390 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapsBrowserTests {

	static final Path SAMPLE = RealSample.PARTIAL_EXPORT;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UploadService uploads;

	Browser browser;

	@BeforeAll
	void startBrowserOnTheSample() throws IOException {
		TallyDatabase.reset(this.jdbc);
		UploadReport report = this.uploads.ingest(UploadFiles.attempt(SAMPLE, false));
		assertThat(report.status()).isEqualTo(UploadStatus.COMMITTED);
		this.browser = Browser.start(this.port);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void theOverviewMapShowsTheNineDepartmentsWithLabelsAndALegend() throws IOException {
		this.browser.open("/");
		WebElement map = this.browser.driver().findElement(By.cssSelector("svg.map"));
		assertThat(map.findElements(By.cssSelector("g.areas a path"))).hasSize(9);
		assertThat(map.findElements(By.cssSelector("text.map-label"))).isNotEmpty();
		assertThat(map.findElement(By.tagName("desc")).getAttribute("textContent")).contains("es primero en");
		assertThat(this.browser.text(".map-legend")).contains("MAS-IPSP", "CC", "Sin actas computadas");
		// the stylesheet (not an inline style) draws the borders
		assertThat(map.findElement(By.cssSelector("g.areas path")).getCssValue("stroke")).isEqualTo("rgb(255, 255, 255)");
		screenshots("maps-overview");
	}

	@Test
	void aDepartmentPageHasItsMunicipalitiesAndItsPollingStations() throws IOException {
		this.browser.open("/departments/2");
		List<WebElement> maps = this.browser.driver().findElements(By.cssSelector("svg.map"));
		assertThat(maps).hasSize(2);
		assertThat(maps.get(1).findElements(By.cssSelector("path.dot"))).isNotEmpty();
		assertThat(maps.get(1).findElements(By.cssSelector("path.dot.hollow"))).isNotEmpty();
		screenshots("maps-department-la-paz");
		this.browser.open("/departments/9");
		screenshots("maps-department-pando");
	}

	@Test
	void everyLayerOfTheMunicipalMap() throws IOException {
		Map<String, String> layers = Map.of("leader", "", "share-cc", "?layer=share&party=CC", "turnout",
				"?layer=turnout", "counted", "?layer=counted", "swing-mas", "?layer=swing&party=MAS_IPSP", "flags",
				"?layer=flags");
		for (Map.Entry<String, String> layer : layers.entrySet()) {
			this.browser.open("/maps" + layer.getValue());
			WebElement map = this.browser.driver().findElement(By.cssSelector("svg.map"));
			assertThat(map.findElements(By.cssSelector("g.areas path"))).as(layer.getKey()).hasSize(339);
			assertThat(this.browser.text(".map-legend")).as(layer.getKey()).isNotBlank();
			assertThat(this.browser.text(".drawn-inside")).contains("Raqaypampa", "San Pedro de Macha");
			screenshots("maps-" + layer.getKey());
		}
	}

	/** Full-page screenshots at desktop and phone width, named after the width. */
	private void screenshots(String name) throws IOException {
		for (int width : List.of(Browser.DESKTOP, Browser.PHONE)) {
			this.browser.screenshot(name + "-" + width, width);
		}
	}

}
