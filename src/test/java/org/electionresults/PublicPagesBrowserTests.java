package org.electionresults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.electionresults.election.Ballot;
import org.electionresults.ingest.SyntheticExport;
import org.electionresults.results.Share;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
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
 * What a journalist sees, in a real browser: the empty overview, an administrator's
 * uploads through the form, then every kind of public page, the way down from the
 * overview to one mesa, and the switch to English. Each page is saved under
 * {@code target/screenshots/}, at desktop width and, for the overview, at phone width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicPagesBrowserTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final int DESKTOP = 1280;

	static final int PHONE = 390;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	ChromeDriver browser;

	Path profile;

	Map<Ballot, SyntheticExport.Totals> totals;

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
	@Order(1)
	void beforeAnyUploadTheOverviewSaysSo() throws IOException {
		open("/");
		assertThat(text("h1")).isEqualTo("Elección presidencial");
		assertThat(text(".empty-state")).contains("Aún no hay resultados");
		screenshot("overview-empty", DESKTOP);
		open("/timeline");
		assertThat(text(".empty-state")).contains("Aún no hay resultados");
		open("/chambers/senate");
		assertThat(this.browser.findElements(By.cssSelector("svg circle.seat.pending"))).hasSize(36);
	}

	@Test
	@Order(2)
	void anAdministratorUploadsTwoFilesThroughTheForm() {
		signIn();
		// half of the count first, then all of it with some actas corrected
		upload("partial.csv", CountFixture.export().counted(0.5).build());
		this.totals = upload("full.csv", CountFixture.export().correct((mesa) -> mesa.index() % 7 == 0, 1).build());
		open("/admin/uploads");
		assertThat(this.browser.findElements(By.cssSelector("table tbody tr"))).hasSize(2);
		navigate(this.browser.findElement(By.cssSelector("form[action$='/logout'] button")));
	}

	@Test
	@Order(3)
	void theOverviewShowsTheFileFiguresInSpanishAtDesktopAndPhoneWidth() throws IOException {
		open("/");
		SyntheticExport.Totals president = this.totals.get(Ballot.PRESIDENT);
		long valid = president.validForRunningParties();
		String table = text("table.results");
		for (String party : new String[] { "MAS_IPSP", "CC", "CREEMOS", "FPV", "PAN_BOL" }) {
			long votes = president.votes(party);
			assertThat(table).contains(spanish(votes), spanishPercent(Share.of(votes, valid)));
		}
		assertThat(text(".verdict")).contains("Provisional");
		screenshot("overview", DESKTOP);
		screenshot("overview-phone", PHONE);
	}

	@Test
	@Order(4)
	void fromTheOverviewDownToOneMesa() throws IOException {
		open("/");
		click("table.areas a", "La Paz");
		assertThat(text("h1")).isEqualTo("La Paz");
		screenshot("department", DESKTOP);
		firstLinkIn("table.areas");
		assertThat(text("h1")).contains("municipio");
		screenshot("municipality", DESKTOP);
		firstLinkIn("table.areas");
		assertThat(text("h1")).contains("recinto");
		screenshot("station", DESKTOP);
		firstLinkIn("table.mesas");
		assertThat(text("h1")).startsWith("Mesa ");
		assertThat(text("main")).contains("Presidente", "Diputados uninominales", "Computada");
		screenshot("mesa", DESKTOP);
	}

	@Test
	@Order(5)
	void aCorrectedMesaShowsItsVersionsOldToNew() throws IOException {
		int code = this.jdbc.sql("SELECT min(mesa_code) FROM tally WHERE status = 'SUPERSEDED'")
			.query(Integer.class)
			.single();
		open("/mesas/" + code);
		assertThat(text("table.acta-table thead")).contains("Versión 1", "Versión 2", "corregida por la carga");
		assertThat(this.browser.findElements(By.cssSelector("td.changed"))).isNotEmpty();
		screenshot("mesa-corrected", DESKTOP);
	}

	@Test
	@Order(6)
	void everyOtherKindOfPage() throws IOException {
		page("/candidates", "candidates", "Candidatos a la presidencia");
		page("/candidates/luis-arce-catacora", "candidate", "Luis Arce Catacora");
		page("/candidates/jeanine-anez", "candidate-withdrawn", "Jeanine Áñez");
		page("/parties", "parties", "Partidos");
		page("/parties/MAS_IPSP", "party", "MAS-IPSP");
		page("/parties/JUNTOS", "party-withdrawn", "JUNTOS");
		page("/chambers/senate", "senate", "Cámara de Senadores");
		assertThat(this.browser.findElements(By.cssSelector("svg[role=img] circle.seat"))).hasSize(36);
		page("/chambers/deputies", "deputies", "Cámara de Diputados");
		assertThat(this.browser.findElements(By.cssSelector("svg[role=img] circle.seat"))).hasSize(130);
		click("table.constituencies a", "Uninominal 6");
		assertThat(text("h1")).contains("Circunscripción uninominal 6");
		screenshot("constituency-uninominal", DESKTOP);
		page("/constituencies/special/1", "constituency-special", "Circunscripción especial 1");
		page("/departments", "places", "Departamentos y exterior");
		click("table.areas a", "Exterior");
		screenshot("abroad", DESKTOP);
		firstLinkIn("table.areas");
		screenshot("abroad-country", DESKTOP);
		firstLinkIn("table.areas");
		screenshot("abroad-city", DESKTOP);
		page("/timeline", "timeline", "Evolución del cómputo");
		assertThat(this.browser.findElements(By.cssSelector("svg.timeline circle.marker"))).hasSize(2);
		open("/candidates/nobody");
		assertThat(text("main")).contains("404");
		screenshot("not-found", DESKTOP);
	}

	@Test
	@Order(7)
	void switchingToEnglishFormatsNumbersTheEnglishWay() throws IOException {
		open("/");
		click(".lang a", "English");
		assertThat(text("h1")).isEqualTo("Presidential election");
		SyntheticExport.Totals president = this.totals.get(Ballot.PRESIDENT);
		long votes = president.votes("MAS_IPSP");
		assertThat(text("table.results")).contains(english(votes),
				Share.of(votes, president.validForRunningParties()).percent().toPlainString() + "%");
		screenshot("overview-en", DESKTOP);
		open("/chambers/deputies");
		assertThat(text("h1")).contains("Chamber of Deputies");
		screenshot("deputies-en", DESKTOP);
		click(".lang a", "Español");
	}

	@Test
	@Order(8)
	void theRealPartialExportOfOctober19() throws IOException {
		TallyDatabase.reset(this.jdbc);
		signIn();
		open("/admin/uploads");
		this.browser.findElement(By.name("file"))
			.sendKeys(RealSample.PARTIAL_EXPORT
				.toAbsolutePath()
				.toString());
		navigate(this.browser.findElement(By.cssSelector("form[enctype] button[type=submit]")));
		assertThat(text("main")).contains("Aplicada");
		navigate(this.browser.findElement(By.cssSelector("form[action$='/logout'] button")));
		open("/");
		assertThat(text(".verdict")).contains("Provisional", "Luis Arce Catacora");
		screenshot("sample-overview", DESKTOP);
		screenshot("sample-overview-phone", PHONE);
		page("/chambers/deputies", "sample-deputies", "Cámara de Diputados");
		page("/departments/7", "sample-santa-cruz", "Santa Cruz");
	}

	private void signIn() {
		open("/login");
		this.browser.findElement(By.name("username")).sendKeys("admin");
		this.browser.findElement(By.name("password")).sendKeys("test-admin-password");
		navigate(this.browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")));
		assertThat(this.browser.getCurrentUrl()).endsWith("/admin/uploads");
	}

	private Map<Ballot, SyntheticExport.Totals> upload(String name, SyntheticExport export) {
		Path file = this.dir.resolve(name);
		Map<Ballot, SyntheticExport.Totals> written;
		try {
			written = export.writeCsv(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		open("/admin/uploads");
		this.browser.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
		navigate(this.browser.findElement(By.cssSelector("form[enctype] button[type=submit]")));
		assertThat(text("main")).contains("Aplicada");
		return written;
	}

	private void page(String path, String name, String heading) throws IOException {
		open(path);
		assertThat(text("h1")).contains(heading);
		screenshot(name, DESKTOP);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

	private void click(String css, String linkText) {
		navigate(this.browser.findElements(By.cssSelector(css))
			.stream()
			.filter((link) -> link.getText().trim().equals(linkText))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No link '" + linkText + "' in " + css)));
	}

	private void firstLinkIn(String css) {
		// places not counted yet are listed too (from the reference data): go down through counted ones
		navigate(this.browser.findElement(By.cssSelector(css + " tbody tr:not(.uncounted) a")));
	}

	/** Clicks something that loads another page, and waits until the old page is gone. */
	private void navigate(WebElement target) {
		WebElement page = this.browser.findElement(By.tagName("html"));
		target.click();
		new WebDriverWait(this.browser, Duration.ofSeconds(30)).until(BrowserPages.gone(page));
	}

	/**
	 * A full-page screenshot at the given width, as a phone or a desktop browser lays it
	 * out.
	 */
	private void screenshot(String name, int width) throws IOException {
		boolean phone = width < 600;
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", phone));
		Number height = (Number) this.browser
			.executeScript("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height.intValue(), "deviceScaleFactor", 1, "mobile", phone));
		File shot = this.browser.getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	private static String spanish(long value) {
		return java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag("es")).format(value);
	}

	private static String english(long value) {
		return java.text.NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
	}

	private static String spanishPercent(Share share) {
		return share.percent().toPlainString().replace('.', ',') + " %";
	}

}
