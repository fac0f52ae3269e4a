package org.electionresults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

/**
 * A headless Chromium for the browser tests: pages, full-page screenshots at a width, the colour
 * scheme and print media emulated, printing to PDF, and axe-core run inside the page.
 */
public final class Browser implements AutoCloseable {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	public static final int DESKTOP = 1280;

	public static final int PHONE = 390;

	/** The WCAG 2.2 A and AA rules and axe's best practices. */
	static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
			"best-practice");

	private static String axeSource;

	private final ChromeDriver driver;

	private final Path profile;

	private final String base;

	private final Duration wait;

	private Browser(ChromeDriver driver, Path profile, String base, Duration wait) {
		this.driver = driver;
		this.profile = profile;
		this.base = base;
		this.wait = wait;
	}

	/** Starts Chromium for the application on {@code port}; skips the test class where there is none. */
	public static Browser start(int port) throws IOException {
		return start(port, Duration.ofSeconds(30));
	}

	/**
	 * Starts Chromium for the application on {@code port}, giving a page {@code wait} to load and
	 * {@link #navigate(WebElement)} as long for the next one, for tests whose pages take longer than
	 * the usual 30 seconds; skips the test class where there is no Chromium.
	 */
	public static Browser start(int port, Duration wait) throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser tests skipped: no Chromium here; apt-get install chromium chromium-driver");
		Files.createDirectories(SCREENSHOTS);
		Path profile = Files.createTempDirectory("election-results-chromium");
		ChromeDriver driver = chromium(profile, wait);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		return new Browser(driver, profile, "http://localhost:" + port, wait);
	}

	/**
	 * Headless Chromium as every browser test runs it: the flags this machine needs (no sandbox as
	 * root, no background networking on a closed network), a fresh profile, desktop width, Spanish.
	 */
	public static ChromeDriver chromium(Path profile, Duration pageLoad) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile, "--window-size=" + DESKTOP + ",900", "--lang=es");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(pageLoad);
		return driver;
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	public String url(String path) {
		return this.base + path;
	}

	public void open(String path) {
		this.driver.get(url(path));
	}

	public String text(String css) {
		return this.driver.findElement(By.cssSelector(css)).getText();
	}

	/** Clicks something that loads another page, and waits until the old page is gone. */
	public void navigate(WebElement target) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		target.click();
		new WebDriverWait(this.driver, this.wait).until(BrowserPages.gone(page));
	}

	public void signIn(String user, String password) {
		open("/login");
		this.driver.findElement(By.name("username")).sendKeys(user);
		this.driver.findElement(By.name("password")).sendKeys(password);
		navigate(this.driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")));
		assertThat(this.driver.getCurrentUrl()).endsWith("/admin/uploads");
	}

	public void signOut() {
		navigate(this.driver.findElement(By.cssSelector("form[action$='/logout'] button")));
	}

	/** Lays the page out as a phone ({@code width < 600}) or a desktop browser of that width would. */
	public void width(int width) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
	}

	public void resetWidth() {
		this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	/** {@code prefers-color-scheme: dark} from now on, or back to light. */
	public void darkMode(boolean dark) {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features",
				List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
	}

	/** The page as its print stylesheet lays it out, or back to the screen. */
	public void printMedia(boolean print) {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
	}

	/** Prints the page to an A4 PDF in the screenshots folder. */
	public Path printToPdf(String name) throws IOException {
		Map<String, Object> pdf = this.driver.executeCdpCommand("Page.printToPDF",
				Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", true));
		Path file = SCREENSHOTS.resolve(name + ".pdf");
		Files.write(file, Base64.getDecoder().decode((String) pdf.get("data")));
		return file;
	}

	/** A full-page screenshot at the given width. */
	public void screenshot(String name, int width) throws IOException {
		screenshot(name, width, Integer.MAX_VALUE);
	}

	/**
	 * A full-page screenshot at the given width, cut off at {@code maxHeight} pixels: for pages with
	 * long tables, which would make very tall images.
	 */
	public void screenshot(String name, int width, int maxHeight) throws IOException {
		boolean phone = width < 600;
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", phone));
		Number height = (Number) this.driver
			.executeScript("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", Math.min(height.intValue(), maxHeight), "deviceScaleFactor", 1,
						"mobile", phone));
		File shot = this.driver.getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	/**
	 * A screenshot of the window as it is, not of the full page: its size and scroll position are
	 * left alone.
	 */
	public void windowScreenshot(String name) throws IOException {
		File shot = this.driver.getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * Runs axe-core on the page as it is now (WCAG 2.2 A/AA and best practices) and returns its
	 * violations.
	 */
	@SuppressWarnings("unchecked")
	public List<AxeViolation> axe() {
		this.driver.executeScript(axeSource());
		Object result = this.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
				  .then((r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact || 'minor', help: v.help,
				      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))))
				  .catch((e) => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));
				""", AXE_TAGS);
		List<AxeViolation> violations = new ArrayList<>();
		for (Map<String, Object> v : (List<Map<String, Object>>) result) {
			violations.add(new AxeViolation(this.driver.getCurrentUrl(), (String) v.get("id"), (String) v.get("impact"),
					(String) v.get("help"), (List<String>) v.get("nodes")));
		}
		return violations;
	}

	private static synchronized String axeSource() {
		if (axeSource == null) {
			try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
				axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return axeSource;
	}

	@Override
	public void close() {
		this.driver.quit();
		FileSystemUtils.deleteRecursively(this.profile.toFile());
	}

	/**
	 * One axe rule broken on one page.
	 * @param page the page's address
	 * @param rule the axe rule
	 * @param impact minor, moderate, serious or critical
	 * @param help what the rule asks
	 * @param nodes the first elements that break it
	 */
	public record AxeViolation(String page, String rule, String impact, String help, List<String> nodes) {

		public boolean seriousOrCritical() {
			return "serious".equals(this.impact) || "critical".equals(this.impact);
		}

		@Override
		public String toString() {
			return this.impact + " " + this.rule + " on " + this.page + ": " + this.help + " " + this.nodes;
		}

	}

}
