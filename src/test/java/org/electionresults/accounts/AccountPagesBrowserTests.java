package org.electionresults.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.electionresults.Browser;
import org.electionresults.BrowserPages;
import org.electionresults.TestAccounts;
import org.electionresults.TestDatabaseConfiguration;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * An administrator in a real browser: creates an uploader on the accounts page, opens the reset
 * form, reads the audit log with a filter, then the uploader signs in and finds neither accounts nor
 * the audit log. Screenshots of each page at 1280 and 390 px in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountPagesBrowserTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final int DESKTOP = 1280;

	static final int PHONE = 390;

	static final String NEW_USER = "maria.lopez";

	static final String NEW_PASSWORD = "cuenta de carga 2020";

	@LocalServerPort
	int port;

	ChromeDriver browser;

	Path profile;

	@BeforeAll
	void startBrowser() throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser tests skipped: no Chromium here; apt-get install chromium chromium-driver");
		Files.createDirectories(SCREENSHOTS);
		this.profile = Files.createTempDirectory("election-results-chromium");
		this.browser = Browser.chromium(this.profile, Duration.ofSeconds(60));
	}

	@AfterAll
	void stopBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.profile != null) {
			FileSystemUtils.deleteRecursively(this.profile);
		}
	}

	@Test
	@Order(1)
	void anAdministratorCreatesAnUploader() throws IOException {
		signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
		assertThat(text("nav.main-nav")).contains("Cuentas", "Auditoría");
		open("/admin/accounts");
		type("username", "María.López");
		type("password", NEW_PASSWORD);
		type("repeatPassword", NEW_PASSWORD);
		navigate(this.browser.findElement(By.cssSelector("form[action$='/admin/accounts'] button[type=submit]")));
		assertThat(text(".notice.error")).contains("El nombre de usuario no es válido");
		screenshot("accounts-refused", DESKTOP);

		type("username", NEW_USER);
		new Select(this.browser.findElement(By.name("role"))).selectByValue("UPLOADER");
		type("password", NEW_PASSWORD);
		type("repeatPassword", NEW_PASSWORD);
		navigate(this.browser.findElement(By.cssSelector("form[action$='/admin/accounts'] button[type=submit]")));
		assertThat(text(".notice.ok")).isEqualTo("Cuenta maria.lopez creada (Operador de carga).");
		assertThat(text("table.accounts")).contains(NEW_USER, "Operador de carga", "Habilitada", "por admin");
		screenshot("accounts", DESKTOP);
		screenshot("accounts-phone", PHONE);

		navigate(this.browser.findElements(By.cssSelector("table.accounts tbody tr"))
			.stream()
			.filter((row) -> row.getText().contains(NEW_USER))
			.findFirst()
			.orElseThrow()
			.findElement(By.linkText("Nueva contraseña")));
		assertThat(text("h1")).isEqualTo("Nueva contraseña para maria.lopez");
		screenshot("account-reset-password", DESKTOP);
	}

	@Test
	@Order(2)
	void theAuditLogShowsWhatHappenedAndFilters() throws IOException {
		open("/admin/audit");
		assertThat(text("table.audit")).contains("Cuenta creada", "account:maria.lopez", "Ingreso", "Éxito");
		screenshot("audit-log", DESKTOP);
		screenshot("audit-log-phone", PHONE);
		new Select(this.browser.findElement(By.name("action"))).selectByValue("ACCOUNT_CREATED");
		navigate(this.browser.findElement(By.cssSelector("form.filters button[type=submit]")));
		assertThat(this.browser.getCurrentUrl()).contains("action=ACCOUNT_CREATED");
		assertThat(this.browser.findElements(By.cssSelector("table.audit tbody tr")))
			.allSatisfy((row) -> assertThat(row.getText()).contains("Cuenta creada"));
		screenshot("audit-log-filtered", DESKTOP);
		open("/admin/password");
		assertThat(text("h1")).isEqualTo("Cambiar su contraseña");
		screenshot("own-password", DESKTOP);
		screenshot("own-password-phone", PHONE);
		navigate(this.browser.findElement(By.cssSelector("form[action$='/logout'] button")));
	}

	@Test
	@Order(3)
	void theUploaderSeesNeitherAccountsNorTheAuditLog() throws IOException {
		signIn(NEW_USER, NEW_PASSWORD);
		assertThat(text("nav.main-nav")).contains("Cargas").doesNotContain("Cuentas", "Auditoría");
		open("/admin/accounts");
		assertThat(text("main")).contains("403");
		screenshot("accounts-forbidden-to-uploader", DESKTOP);
		navigate(this.browser.findElement(By.cssSelector("form[action$='/logout'] button")));
	}

	private void signIn(String username, String password) {
		open("/login");
		type("username", username);
		type("password", password);
		navigate(this.browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")));
		assertThat(this.browser.getCurrentUrl()).endsWith("/admin/uploads");
	}

	private void type(String name, String text) {
		WebElement field = this.browser.findElement(By.name(name));
		field.clear();
		field.sendKeys(text);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

	/** Clicks something that loads another page, and waits until the old page is gone. */
	private void navigate(WebElement target) {
		WebElement page = this.browser.findElement(By.tagName("html"));
		target.click();
		new WebDriverWait(this.browser, Duration.ofSeconds(60)).until(BrowserPages.gone(page));
	}

	/** A full-page screenshot at the given width, as a phone or a desktop browser lays it out. */
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
