package org.electionresults.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.electionresults.Browser;
import org.electionresults.TestAccounts;
import org.electionresults.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

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

	static final String NEW_USER = "maria.lopez";

	static final String NEW_PASSWORD = "cuenta de carga 2020";

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void startBrowser() throws IOException {
		this.browser = Browser.start(this.port, Duration.ofSeconds(60));
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	@Order(1)
	void anAdministratorCreatesAnUploader() throws IOException {
		this.browser.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
		assertThat(this.browser.text("nav.main-nav")).contains("Cuentas", "Auditoría");
		this.browser.open("/admin/accounts");
		type("username", "María.López");
		type("password", NEW_PASSWORD);
		type("repeatPassword", NEW_PASSWORD);
		this.browser.navigate(this.browser.driver()
			.findElement(By.cssSelector("form[action$='/admin/accounts'] button[type=submit]")));
		assertThat(this.browser.text(".notice.error")).contains("El nombre de usuario no es válido");
		this.browser.screenshot("accounts-refused", Browser.DESKTOP);

		type("username", NEW_USER);
		new Select(this.browser.driver().findElement(By.name("role"))).selectByValue("UPLOADER");
		type("password", NEW_PASSWORD);
		type("repeatPassword", NEW_PASSWORD);
		this.browser.navigate(this.browser.driver()
			.findElement(By.cssSelector("form[action$='/admin/accounts'] button[type=submit]")));
		assertThat(this.browser.text(".notice.ok")).isEqualTo("Cuenta maria.lopez creada (Operador de carga).");
		assertThat(this.browser.text("table.accounts")).contains(NEW_USER, "Operador de carga", "Habilitada",
				"por admin");
		this.browser.screenshot("accounts", Browser.DESKTOP);
		this.browser.screenshot("accounts-phone", Browser.PHONE);

		this.browser.navigate(this.browser.driver().findElements(By.cssSelector("table.accounts tbody tr"))
			.stream()
			.filter((row) -> row.getText().contains(NEW_USER))
			.findFirst()
			.orElseThrow()
			.findElement(By.linkText("Nueva contraseña")));
		assertThat(this.browser.text("h1")).isEqualTo("Nueva contraseña para maria.lopez");
		this.browser.screenshot("account-reset-password", Browser.DESKTOP);
	}

	@Test
	@Order(2)
	void theAuditLogShowsWhatHappenedAndFilters() throws IOException {
		this.browser.open("/admin/audit");
		assertThat(this.browser.text("table.audit")).contains("Cuenta creada", "account:maria.lopez", "Ingreso",
				"Éxito");
		this.browser.screenshot("audit-log", Browser.DESKTOP);
		this.browser.screenshot("audit-log-phone", Browser.PHONE);
		new Select(this.browser.driver().findElement(By.name("action"))).selectByValue("ACCOUNT_CREATED");
		this.browser.navigate(this.browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")));
		assertThat(this.browser.driver().getCurrentUrl()).contains("action=ACCOUNT_CREATED");
		assertThat(this.browser.driver().findElements(By.cssSelector("table.audit tbody tr")))
			.allSatisfy((row) -> assertThat(row.getText()).contains("Cuenta creada"));
		this.browser.screenshot("audit-log-filtered", Browser.DESKTOP);
		this.browser.open("/admin/password");
		assertThat(this.browser.text("h1")).isEqualTo("Cambiar su contraseña");
		this.browser.screenshot("own-password", Browser.DESKTOP);
		this.browser.screenshot("own-password-phone", Browser.PHONE);
		this.browser.signOut();
	}

	@Test
	@Order(3)
	void theUploaderSeesNeitherAccountsNorTheAuditLog() throws IOException {
		this.browser.signIn(NEW_USER, NEW_PASSWORD);
		assertThat(this.browser.text("nav.main-nav")).contains("Cargas").doesNotContain("Cuentas", "Auditoría");
		this.browser.open("/admin/accounts");
		assertThat(this.browser.text("main")).contains("403");
		this.browser.screenshot("accounts-forbidden-to-uploader", Browser.DESKTOP);
		this.browser.signOut();
	}

	private void type(String name, String text) {
		WebElement field = this.browser.driver().findElement(By.name(name));
		field.clear();
		field.sendKeys(text);
	}

}
