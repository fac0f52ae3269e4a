package org.electionresults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.electionresults.ingest.SyntheticExport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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

	Browser browser;

	@BeforeAll
	void startBrowser() throws IOException {
		TallyDatabase.reset(this.jdbc);
		this.browser = Browser.start(this.port, Duration.ofSeconds(180));
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aLargeUploadShowsItsBytesThenItsStagesThenTheReport() throws Exception {
		Path file = this.dir.resolve("national.csv");
		SyntheticExport.builder().scale(1).seed(7).layout(SyntheticExport.Layout.UNION_HEADER).build().writeCsv(file);
		signIn();
		this.browser.screenshot("upload-form", 1280);
		this.browser.screenshot("upload-form-phone", 390);
		assertThat(this.browser.driver().findElement(By.id("upload-progress")).isDisplayed()).isFalse();

		this.browser.driver().findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
		this.browser.driver().findElement(By.cssSelector("#upload-form button[type=submit]")).click();

		// Watch the stages light up until the report page replaces the form.
		List<String> seen = new ArrayList<>();
		boolean shot = false;
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (this.browser.driver().getCurrentUrl().endsWith("/admin/uploads") && System.nanoTime() < deadline) {
			Object stage = this.browser.driver().executeScript("""
					var li = document.querySelector('#upload-stages li.current');
					return li ? li.getAttribute('data-stage') : null;""");
			if (stage != null && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(stage))) {
				seen.add(stage.toString());
				if (!shot && ORDER.indexOf(stage.toString()) >= 1) {
					// A server stage: the bar is full, the stage list shows where the upload is.
					assertThat(this.browser.driver().findElement(By.id("upload-progress")).isDisplayed()).isTrue();
					assertThat(this.browser.driver().findElement(By.id("upload-bytes")).getDomProperty("value"))
						.isEqualTo(this.browser.driver().findElement(By.id("upload-bytes")).getDomProperty("max"));
					assertThat(this.browser.driver().findElement(By.id("upload-bytes-text")).getText()).contains("MB");
					this.browser.screenshot("upload-progress", 1280);
					shot = true;
				}
			}
			new WebDriverWait(this.browser.driver(), Duration.ofMillis(100)).pollingEvery(Duration.ofMillis(20))
				.until((driver) -> true);
		}
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(30))
			.until(ExpectedConditions.urlMatches("/admin/uploads/\\d+$"));
		assertThat(shot).as("a server stage was shown; seen %s", seen).isTrue();
		assertThat(ORDER).as("stages in order").containsSubsequence(seen);
		assertThat(seen).contains("READING");
		assertThat(this.browser.text("main")).contains("Aplicada");
		this.browser.screenshot("upload-report", 1280);

		// The revert button of the report.
		this.browser.navigate(this.browser.driver().findElement(By.id("revert-button")));
		assertThat(this.browser.text("main")).contains("Reversión de la carga", "se revirtió");
		this.browser.screenshot("upload-revert", 1280);
		this.browser.open("/admin/uploads");
		this.browser.screenshot("upload-history", 1280);
	}

	@Test
	void aDryRunThroughTheFormChangesNothing() throws Exception {
		TallyDatabase.reset(this.jdbc);
		signIn();
		this.browser.driver().findElement(By.name("file"))
			.sendKeys(RealSample.PARTIAL_EXPORT.toAbsolutePath().toString());
		this.browser.driver().findElement(By.id("dryRun")).click();
		this.browser.driver().findElement(By.cssSelector("#upload-form button[type=submit]")).click();
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(120))
			.until(ExpectedConditions.urlMatches("/admin/uploads/\\d+$"));
		assertThat(this.browser.text("main")).contains("Comprobada", "Prueba");
		assertThat(this.jdbc.sql("SELECT count(*) FROM tally").query(Long.class).single()).isZero();
		this.browser.screenshot("upload-dry-run", 1280);
	}

	/** Not {@link Browser#signIn}: the other test may have signed this browser in already; then the form is skipped. */
	private void signIn() {
		this.browser.open("/login");
		if (!this.browser.driver().findElements(By.name("username")).isEmpty()) {
			this.browser.driver().findElement(By.name("username")).sendKeys("admin");
			this.browser.driver().findElement(By.name("password")).sendKeys("test-admin-password");
			this.browser.navigate(
					this.browser.driver().findElement(By.cssSelector("form[action$='/login'] button[type=submit]")));
		}
		this.browser.open("/admin/uploads");
	}

}
