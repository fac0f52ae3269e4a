package org.electionresults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.electionresults.election.Ballot;
import org.electionresults.ingest.SyntheticExport;
import org.electionresults.results.Share;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

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

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	Browser browser;

	Map<Ballot, SyntheticExport.Totals> totals;

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
	@Order(1)
	void beforeAnyUploadTheOverviewSaysSo() throws IOException {
		this.browser.open("/");
		assertThat(this.browser.text("h1")).isEqualTo("Elección presidencial");
		assertThat(this.browser.text(".empty-state")).contains("Aún no hay resultados");
		this.browser.screenshot("overview-empty", Browser.DESKTOP);
		this.browser.open("/timeline");
		assertThat(this.browser.text(".empty-state")).contains("Aún no hay resultados");
		this.browser.open("/chambers/senate");
		assertThat(this.browser.driver().findElements(By.cssSelector("svg circle.seat.pending"))).hasSize(36);
	}

	@Test
	@Order(2)
	void anAdministratorUploadsTwoFilesThroughTheForm() {
		this.browser.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
		// half of the count first, then all of it with some actas corrected
		upload("partial.csv", CountFixture.export().counted(0.5).build());
		this.totals = upload("full.csv", CountFixture.export().correct((mesa) -> mesa.index() % 7 == 0, 1).build());
		this.browser.open("/admin/uploads");
		assertThat(this.browser.driver().findElements(By.cssSelector("table tbody tr"))).hasSize(2);
		this.browser.signOut();
	}

	@Test
	@Order(3)
	void theOverviewShowsTheFileFiguresInSpanishAtDesktopAndPhoneWidth() throws IOException {
		this.browser.open("/");
		SyntheticExport.Totals president = this.totals.get(Ballot.PRESIDENT);
		long valid = president.validForRunningParties();
		String table = this.browser.text("table.results");
		for (String party : new String[] { "MAS_IPSP", "CC", "CREEMOS", "FPV", "PAN_BOL" }) {
			long votes = president.votes(party);
			assertThat(table).contains(spanish(votes), spanishPercent(Share.of(votes, valid)));
		}
		assertThat(this.browser.text(".verdict")).contains("Provisional");
		this.browser.screenshot("overview", Browser.DESKTOP);
		this.browser.screenshot("overview-phone", Browser.PHONE);
	}

	@Test
	@Order(4)
	void fromTheOverviewDownToOneMesa() throws IOException {
		this.browser.open("/");
		click("table.areas a", "La Paz");
		assertThat(this.browser.text("h1")).isEqualTo("La Paz");
		this.browser.screenshot("department", Browser.DESKTOP);
		firstLinkIn("table.areas");
		assertThat(this.browser.text("h1")).contains("municipio");
		this.browser.screenshot("municipality", Browser.DESKTOP);
		firstLinkIn("table.areas");
		assertThat(this.browser.text("h1")).contains("recinto");
		this.browser.screenshot("station", Browser.DESKTOP);
		firstLinkIn("table.mesas");
		assertThat(this.browser.text("h1")).startsWith("Mesa ");
		assertThat(this.browser.text("main")).contains("Presidente", "Diputados uninominales", "Computada");
		this.browser.screenshot("mesa", Browser.DESKTOP);
	}

	@Test
	@Order(5)
	void aCorrectedMesaShowsItsVersionsOldToNew() throws IOException {
		int code = this.jdbc.sql("SELECT min(mesa_code) FROM tally WHERE status = 'SUPERSEDED'")
			.query(Integer.class)
			.single();
		this.browser.open("/mesas/" + code);
		assertThat(this.browser.text("table.acta-table thead")).contains("Versión 1", "Versión 2",
				"corregida por la carga");
		assertThat(this.browser.driver().findElements(By.cssSelector("td.changed"))).isNotEmpty();
		this.browser.screenshot("mesa-corrected", Browser.DESKTOP);
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
		assertThat(this.browser.driver().findElements(By.cssSelector("svg[role=img] circle.seat"))).hasSize(36);
		page("/chambers/deputies", "deputies", "Cámara de Diputados");
		assertThat(this.browser.driver().findElements(By.cssSelector("svg[role=img] circle.seat"))).hasSize(130);
		click("table.constituencies a", "Uninominal 6");
		assertThat(this.browser.text("h1")).contains("Circunscripción uninominal 6");
		this.browser.screenshot("constituency-uninominal", Browser.DESKTOP);
		page("/constituencies/special/1", "constituency-special", "Circunscripción especial 1");
		page("/departments", "places", "Departamentos y exterior");
		click("table.areas a", "Exterior");
		this.browser.screenshot("abroad", Browser.DESKTOP);
		firstLinkIn("table.areas");
		this.browser.screenshot("abroad-country", Browser.DESKTOP);
		firstLinkIn("table.areas");
		this.browser.screenshot("abroad-city", Browser.DESKTOP);
		page("/timeline", "timeline", "Evolución del cómputo");
		assertThat(this.browser.driver().findElements(By.cssSelector("svg.timeline circle.marker"))).hasSize(2);
		this.browser.open("/candidates/nobody");
		assertThat(this.browser.text("main")).contains("404");
		this.browser.screenshot("not-found", Browser.DESKTOP);
	}

	@Test
	@Order(7)
	void switchingToEnglishFormatsNumbersTheEnglishWay() throws IOException {
		this.browser.open("/");
		click(".lang a", "English");
		assertThat(this.browser.text("h1")).isEqualTo("Presidential election");
		SyntheticExport.Totals president = this.totals.get(Ballot.PRESIDENT);
		long votes = president.votes("MAS_IPSP");
		assertThat(this.browser.text("table.results")).contains(english(votes),
				Share.of(votes, president.validForRunningParties()).percent().toPlainString() + "%");
		this.browser.screenshot("overview-en", Browser.DESKTOP);
		this.browser.open("/chambers/deputies");
		assertThat(this.browser.text("h1")).contains("Chamber of Deputies");
		this.browser.screenshot("deputies-en", Browser.DESKTOP);
		click(".lang a", "Español");
	}

	@Test
	@Order(8)
	void theRealPartialExportOfOctober19() throws IOException {
		TallyDatabase.reset(this.jdbc);
		this.browser.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
		this.browser.open("/admin/uploads");
		this.browser.driver().findElement(By.name("file"))
			.sendKeys(RealSample.PARTIAL_EXPORT
				.toAbsolutePath()
				.toString());
		this.browser.navigate(this.browser.driver().findElement(By.cssSelector("form[enctype] button[type=submit]")));
		assertThat(this.browser.text("main")).contains("Aplicada");
		this.browser.signOut();
		this.browser.open("/");
		assertThat(this.browser.text(".verdict")).contains("Provisional", "Luis Arce Catacora");
		this.browser.screenshot("sample-overview", Browser.DESKTOP);
		this.browser.screenshot("sample-overview-phone", Browser.PHONE);
		page("/chambers/deputies", "sample-deputies", "Cámara de Diputados");
		page("/departments/7", "sample-santa-cruz", "Santa Cruz");
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
		this.browser.open("/admin/uploads");
		this.browser.driver().findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
		this.browser.navigate(this.browser.driver().findElement(By.cssSelector("form[enctype] button[type=submit]")));
		assertThat(this.browser.text("main")).contains("Aplicada");
		return written;
	}

	private void page(String path, String name, String heading) throws IOException {
		this.browser.open(path);
		assertThat(this.browser.text("h1")).contains(heading);
		this.browser.screenshot(name, Browser.DESKTOP);
	}

	private void click(String css, String linkText) {
		this.browser.navigate(this.browser.driver().findElements(By.cssSelector(css))
			.stream()
			.filter((link) -> link.getText().trim().equals(linkText))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No link '" + linkText + "' in " + css)));
	}

	private void firstLinkIn(String css) {
		// places not counted yet are listed too (from the reference data): go down through counted ones
		this.browser.navigate(this.browser.driver().findElement(By.cssSelector(css + " tbody tr:not(.uncounted) a")));
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
