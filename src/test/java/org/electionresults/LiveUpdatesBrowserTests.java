package org.electionresults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.electionresults.ingest.SyntheticExport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * An open page follows the count by itself: a reader keeps a page open, an upload commits through the
 * API, and within the poll interval the page shows the new publication without a reload, at the same
 * scroll position, with the polite announcement in the live region. With the page cache on, as in
 * production, so that the version resource and the pages come through it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "elections.cache.enabled=true", "elections.live.poll-interval=1s" })
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveUpdatesBrowserTests {

	/** The poll interval (1 s, up to 1.3 s with jitter) and the time to fetch and swap the page, with room. */
	private static final Duration BOUND = Duration.ofSeconds(15);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	Browser browser;

	int uploads;

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
	void openPagesShowTheNextPublicationByThemselves() throws IOException {
		upload();
		follows("/", "live-overview", 1280);
		follows("/departments/2", "live-department", 1280);
		follows("/chambers/deputies", "live-deputies", 1280);
		this.browser.open("/parties");
		String party = this.browser.driver().findElement(By.cssSelector("main tbody a")).getAttribute("href");
		follows(party.substring(party.indexOf('/', "http://".length())), "live-party", 1280);
		follows("/", "live-overview-phone", 390);
	}

	@Test
	void inEnglishTheAnnouncementIsInEnglish() throws IOException {
		upload();
		this.browser.open("/?lang=en");
		assertThat(this.browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Presidential election");
		String before = version();
		upload();
		new WebDriverWait(this.browser.driver(), BOUND).until((driver) -> !version().equals(before));
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(2))
			.until((driver) -> !announcement().isEmpty());
		assertThat(announcement()).startsWith("Results updated with the publication of ");
		this.browser.open("/?lang=es");
	}

	/**
	 * Opens {@code path}, scrolls down, has an upload commit, and waits for the page to change by
	 * itself: same document (no reload), same scroll position, new data version, announced.
	 */
	private void follows(String path, String name, int width) throws IOException {
		this.browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
		this.browser.open(path);
		String before = version();
		String text = this.browser.driver().findElement(By.id("main")).getText();
		assertThat(announcement()).isEmpty();
		this.browser.driver().executeScript("window.scrollTo(0, 300); window.notReloaded = true;");
		long scrolled = scrollY();

		upload();
		new WebDriverWait(this.browser.driver(), BOUND).until((driver) -> !version().equals(before));
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(2)).until((driver) -> !announcement().isEmpty());

		assertThat(Long.parseLong(version())).as(path).isGreaterThan(Long.parseLong(before));
		assertThat(this.browser.driver().executeScript("return window.notReloaded === true")).as(path).isEqualTo(true);
		assertThat(scrollY()).as(path).isEqualTo(scrolled);
		assertThat(this.browser.driver().findElement(By.id("main")).getText()).as(path).isNotEqualTo(text);
		assertThat(announcement()).as(path).startsWith("Resultados actualizados con la publicación de las ");
		assertThat(this.browser.driver().findElement(By.id("live-status")).getAttribute("aria-live"))
			.isEqualTo("polite");
		// the window as it is, at its scroll position, not the full page
		this.browser.windowScreenshot(name);
	}

	/** Uploads the next tenth of a synthetic count through the upload API, as a tally centre would. */
	private void upload() throws IOException {
		int part = this.uploads++;
		SyntheticExport export = CountFixture.export().onlyMesas((mesa) -> mesa.index() % 10 == part).build();
		Path file = this.dir.resolve("part-" + part + ".csv");
		export.writeCsv(file);
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new FileSystemResource(file));
		form.add("snapshot", "false");
		String answer = RestClient.create("http://localhost:" + this.port)
			.post()
			.uri("/api/admin/uploads")
			.headers((headers) -> headers.setBasicAuth("admin", "test-admin-password"))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(form)
			.retrieve()
			.body(String.class);
		assertThat(answer).contains("\"COMMITTED\"");
	}

	private String version() {
		return this.browser.driver().findElement(By.id("main")).getAttribute("data-version");
	}

	private String announcement() {
		return this.browser.driver().findElement(By.id("live-status")).getText();
	}

	private long scrollY() {
		return ((Number) this.browser.driver().executeScript("return window.scrollY")).longValue();
	}

}
