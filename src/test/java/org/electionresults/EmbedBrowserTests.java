package org.electionresults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import org.electionresults.ingest.UploadService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * A newsroom's page on another origin (a second HTTP server on 127.0.0.1, another port) frames the
 * embed, which loads; it also tries to frame a normal page, which the browser refuses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbedBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UploadService uploads;

	Path dir;

	Browser browser;

	HttpServer newsroom;

	@BeforeAll
	void start() throws IOException {
		this.browser = Browser.start(this.port);
		this.dir = Files.createTempDirectory("election-results-uploads");
		TallyDatabase.reset(this.jdbc);
		CountFixture.upload(this.uploads, this.dir);
		String app = "http://localhost:" + this.port;
		byte[] page = ("""
				<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Newsroom</title></head>
				<body><h1>The Daily Test</h1>
				<iframe id="embed" title="Results" src="%1$s/embed/president?lang=en" width="600" height="520"></iframe>
				<iframe id="chamber" title="Senate" src="%1$s/embed/chambers/senate" width="600" height="520"></iframe>
				<iframe id="page" title="Page" src="%1$s/" width="600" height="300"></iframe>
				</body></html>""").formatted(app).getBytes(StandardCharsets.UTF_8);
		this.newsroom = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.newsroom.createContext("/", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, page.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(page);
			}
		});
		this.newsroom.start();
	}

	@AfterAll
	void stop() {
		if (this.newsroom != null) {
			this.newsroom.stop(0);
		}
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.dir != null) {
			org.springframework.util.FileSystemUtils.deleteRecursively(this.dir.toFile());
		}
	}

	@Test
	void theEmbedLoadsInAFrameOnAnotherOriginAndANormalPageRefuses() throws IOException {
		var driver = this.browser.driver();
		driver.get("http://127.0.0.1:" + this.newsroom.getAddress().getPort() + "/");
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

		wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("embed"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body.embed h1")));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Bolivia's 2020 presidential election");
		assertThat(driver.findElement(By.cssSelector("table.results")).getText()).contains("Luis Arce Catacora");
		assertThat(driver.findElement(By.cssSelector("a.embed-back")).getAttribute("href"))
			.isEqualTo("http://localhost:" + this.port + "/?lang=en");
		driver.switchTo().defaultContent();

		wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("chamber"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg circle.seat")));
		assertThat(driver.findElements(By.cssSelector("svg circle.seat"))).hasSize(36);
		driver.switchTo().defaultContent();

		wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("page"));
		// Chromium shows its own error page in a frame that frame-ancestors refuses.
		assertThat(driver.findElements(By.cssSelector("main#main"))).isEmpty();
		assertThat(driver.findElements(By.cssSelector(".site-header"))).isEmpty();
		driver.switchTo().defaultContent();

		this.browser.screenshot("embed-framed", Browser.DESKTOP);
	}

	@Test
	void theEmbedsAtTheirUsualSizesAndTheSnippetToCopy() throws IOException {
		this.browser.open("/embed/president");
		assertThat(this.browser.text("h1")).isEqualTo("Elección presidencial de Bolivia 2020");
		this.browser.screenshot("embed-president", 600);
		this.browser.screenshot("embed-president-phone", Browser.PHONE);
		this.browser.open("/embed/chambers/deputies?lang=en");
		assertThat(this.browser.text("h1")).contains("Chamber of Deputies");
		this.browser.screenshot("embed-deputies-en", 600);
		this.browser.open("/embed/departments/7");
		assertThat(this.browser.text("h1")).contains("Santa Cruz");
		this.browser.screenshot("embed-santa-cruz", 600);

		this.browser.open("/chambers/senate?lang=es");
		var snippet = this.browser.driver().findElement(By.cssSelector("details.embed-snippet"));
		snippet.findElement(By.tagName("summary")).click();
		assertThat(snippet.findElement(By.tagName("textarea")).getAttribute("value"))
			.startsWith("<iframe src=\"http://localhost:" + this.port + "/embed/chambers/senate?lang=es\"")
			.endsWith("></iframe>");
		this.browser.screenshot("senate-snippet", Browser.DESKTOP);
		this.browser.screenshot("senate-snippet-phone", Browser.PHONE);
	}

}
