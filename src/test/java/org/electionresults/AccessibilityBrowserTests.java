package org.electionresults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.electionresults.Browser.AxeViolation;
import org.electionresults.ingest.UploadService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * WCAG 2.2 AA, checked by axe-core inside Chromium on every kind of public and admin page, in
 * Spanish and English, at desktop and phone width and in dark mode: no violation of impact serious
 * or critical. The moderate and minor ones found are written to {@code target/axe-moderate.txt}
 * (and explained in {@code docs/accessibility.md}). Also: the skip link comes first and leads to
 * the content, and pages look right in dark mode and in print.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UploadService uploads;

	Path dir;

	Browser browser;

	final List<AxeViolation> found = new ArrayList<>();

	@BeforeAll
	void startBrowserWithACount() throws IOException {
		this.browser = Browser.start(this.port);
		this.dir = Files.createTempDirectory("election-results-uploads");
		TallyDatabase.reset(this.jdbc);
		CountFixture.upload(this.uploads, this.dir, "partial.csv", CountFixture.export().counted(0.5).build());
		CountFixture.upload(this.uploads, this.dir, "full.csv",
				CountFixture.export().correct((mesa) -> mesa.index() % 7 == 0, 1).build());
	}

	@AfterAll
	void stopBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.dir != null) {
			org.springframework.util.FileSystemUtils.deleteRecursively(this.dir.toFile());
		}
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "axe-moderate.txt"), this.found.stream()
			.filter((v) -> !v.seriousOrCritical())
			.map(AxeViolation::toString)
			.sorted()
			.toList());
	}

	/** One page of each kind the public sees, the embeds included. */
	List<String> publicPages() {
		int corrected = this.jdbc.sql("SELECT min(mesa_code) FROM tally WHERE status = 'SUPERSEDED'")
			.query(Integer.class)
			.single();
		String municipality = this.jdbc
			.sql("SELECT area FROM area_total WHERE level = 'MUNICIPALITY' AND ballot = 'PRESIDENT' ORDER BY area LIMIT 1")
			.query(String.class)
			.single();
		String station = this.jdbc
			.sql("SELECT area FROM area_total WHERE level = 'STATION' AND ballot = 'PRESIDENT' ORDER BY area LIMIT 1")
			.query(String.class)
			.single();
		return List.of("/", "/candidates", "/candidates/luis-arce-catacora", "/candidates/jeanine-anez", "/parties",
				"/parties/MAS_IPSP", "/parties/JUNTOS", "/chambers/senate", "/chambers/deputies",
				"/constituencies/uninominal/6", "/constituencies/special/1", "/departments", "/departments/2",
				"/municipalities/" + municipality, "/stations/" + station, "/mesas/" + corrected, "/abroad",
				"/timeline", "/candidates/nobody", "/login", "/embed/president", "/embed/chambers/senate",
				"/embed/chambers/deputies", "/embed/departments/7");
	}

	@Test
	@Order(0)
	void axeFindsWhatItShould() {
		this.browser.driver().get("data:text/html,<html lang=en><title>t</title><main><img src=x.png></main></html>");
		assertThat(this.browser.axe()).extracting(AxeViolation::rule, AxeViolation::impact)
			.contains(org.assertj.core.groups.Tuple.tuple("image-alt", "critical"));
	}

	@Test
	@Order(1)
	void publicPagesInBothLanguagesAtDesktopAndPhoneWidth() {
		for (String language : List.of("es", "en")) {
			this.browser.open("/?lang=" + language);
			for (int width : List.of(Browser.DESKTOP, Browser.PHONE)) {
				this.browser.width(width);
				for (String path : publicPages()) {
					check(path);
				}
			}
			this.browser.resetWidth();
		}
		this.browser.open("/?lang=es");
		assertNoSeriousViolations();
	}

	@Test
	@Order(2)
	void publicPagesInDarkMode() throws IOException {
		this.browser.darkMode(true);
		try {
			for (String path : publicPages()) {
				check(path);
			}
			this.browser.open("/");
			this.browser.screenshot("overview-dark", Browser.DESKTOP);
			this.browser.screenshot("overview-dark-phone", Browser.PHONE);
			this.browser.open("/chambers/deputies");
			this.browser.screenshot("deputies-dark", Browser.DESKTOP);
			this.browser.open("/embed/president");
			this.browser.screenshot("embed-president-dark", 480);
		}
		finally {
			this.browser.darkMode(false);
		}
		assertNoSeriousViolations();
	}

	@Test
	@Order(3)
	void adminPagesInBothLanguages() {
		this.browser.signIn("admin", "test-admin-password");
		long report = this.jdbc.sql("SELECT max(id) FROM upload").query(Long.class).single();
		for (String language : List.of("es", "en")) {
			this.browser.open("/admin/uploads?lang=" + language);
			for (int width : List.of(Browser.DESKTOP, Browser.PHONE)) {
				this.browser.width(width);
				check("/admin/uploads");
				check("/admin/uploads/" + report);
				check("/");
			}
			this.browser.resetWidth();
		}
		this.browser.open("/admin/uploads?lang=es");
		this.browser.signOut();
		assertNoSeriousViolations();
	}

	@Test
	@Order(4)
	void theSkipLinkComesFirstAndLeadsToTheContent() {
		this.browser.open("/chambers/senate");
		WebElement body = this.browser.driver().findElement(By.tagName("body"));
		body.sendKeys(Keys.TAB);
		WebElement focused = this.browser.driver().switchTo().activeElement();
		assertThat(focused.getAttribute("class")).isEqualTo("skip");
		assertThat(focused.getText()).isEqualTo("Ir al contenido");
		assertThat(focused.isDisplayed()).isTrue();
		focused.sendKeys(Keys.ENTER);
		assertThat(this.browser.driver().getCurrentUrl()).endsWith("#main");
	}

	@Test
	@Order(5)
	void everyControlIsReachedByTabAndShowsItsFocus() {
		for (String path : List.of("/", "/chambers/senate", "/departments/2", "/timeline", "/login",
				"/embed/president")) {
			this.browser.open(path);
			List<String> outlines = new ArrayList<>();
			java.util.Set<String> reached = new java.util.HashSet<>();
			int outside = 0;
			for (int i = 0; i < 400; i++) {
				new org.openqa.selenium.interactions.Actions(this.browser.driver()).sendKeys(Keys.TAB).perform();
				String seen = (String) this.browser.driver().executeScript("""
						const e = document.activeElement;
						if (!e || e === document.body) return null;
						e.dataset.tabbed = e.dataset.tabbed || String(document.querySelectorAll('[data-tabbed]').length);
						return e.dataset.tabbed + '|' + getComputedStyle(e).outlineStyle + ' ' + e.outerHTML.slice(0, 80);""");
				if (seen == null) {
					// past the last control (or before the first, on a page that focuses a field):
					// focus goes round through the browser and back to the top
					if (++outside > 3) {
						break;
					}
					continue;
				}
				if (!reached.add(seen.substring(0, seen.indexOf('|')))) {
					break;
				}
				outlines.add(seen.substring(seen.indexOf('|') + 1));
			}
			@SuppressWarnings("unchecked")
			List<String> missed = (List<String>) this.browser.driver().executeScript("""
					return [...document.querySelectorAll('a[href], button, summary, input, select, textarea, [tabindex="0"]')]
					  .filter((e) => e.checkVisibility({ visibilityProperty: true }) && !e.disabled && !e.dataset.tabbed)
					  .map((e) => e.outerHTML.slice(0, 120));""");
			assertThat(reached).as(path).isNotEmpty();
			assertThat(missed).as(path).isEmpty();
			assertThat(outlines).as(path).allSatisfy((outline) -> assertThat(outline).startsWith("solid"));
		}
	}

	@Test
	@Order(6)
	void theResultsPagePrintsWithoutNavigationAndWithTheTimeOfItsData() throws IOException {
		this.browser.open("/");
		this.browser.printMedia(true);
		try {
			assertThat(this.browser.driver().findElement(By.cssSelector(".main-nav")).isDisplayed()).isFalse();
			assertThat(this.browser.driver().findElement(By.cssSelector(".site-footer")).isDisplayed()).isFalse();
			assertThat(this.browser.text(".print-version")).startsWith("Datos del cómputo publicados el ")
				.contains("(versión ");
			this.browser.screenshot("overview-print", 794);
		}
		finally {
			this.browser.printMedia(false);
		}
		assertThat(this.browser.driver().findElement(By.cssSelector(".print-version")).isDisplayed()).isFalse();
		Path pdf = this.browser.printToPdf("overview-print");
		assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
	}

	private void check(String path) {
		this.browser.open(path);
		this.found.addAll(this.browser.axe());
	}

	private void assertNoSeriousViolations() {
		List<AxeViolation> serious = this.found.stream().filter(AxeViolation::seriousOrCritical).toList();
		assertThat(serious).as(() -> serious.stream().map(AxeViolation::toString).collect(Collectors.joining("\n")))
			.isEmpty();
	}

}
