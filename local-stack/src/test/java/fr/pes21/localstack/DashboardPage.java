package fr.pes21.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's dashboard ({@code /}) in Debian's headless Chromium, driven through
 * {@code /usr/bin/chromedriver}: what a person does on it and what they see. Without
 * Chromium the test fails, it is not skipped: {@code .ci/run} installs it.
 */
final class DashboardPage implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Duration DEADLINE = Duration.ofSeconds(30);

	private final WebDriver browser;

	private DashboardPage(WebDriver browser) {
		this.browser = browser;
	}

	/**
	 * Opens the dashboard in a new browser.
	 * @param gatewayUrl where the gateway listens
	 * @param profile an empty directory for the browser's profile
	 */
	static DashboardPage open(String gatewayUrl, Path profile) {
		WebDriver browser = chromium(profile);
		try {
			browser.get(gatewayUrl + "/");
		}
		catch (RuntimeException ex) {
			browser.quit();
			throw ex;
		}
		return new DashboardPage(browser);
	}

	/**
	 * A new headless Chromium (for this page and {@link SwaggerUiPage}).
	 * @param profile an empty directory for the browser's profile
	 */
	static WebDriver chromium(Path profile) {
		assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
			.as("the browser tests need Debian's Chromium: apt-get install -y chromium chromium-driver "
					+ "(.ci/run installs them); missing " + CHROMIUM + " or " + CHROMEDRIVER)
			.isTrue();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// Without the background-networking flags Chromium keeps calling Google's hosts,
		// which this machine's closed network refuses (env notes).
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	void logIn(String username, String password) {
		field("username").sendKeys(username);
		field("password").sendKeys(password, Keys.ENTER);
		until("the dashboard shown after logging in", (browser) -> field("dashboard").isDisplayed());
	}

	/** Picks the year and waits until its figures are on screen. */
	void showYear(int year) {
		WebElement picker = field("year");
		picker.clear();
		picker.sendKeys(String.valueOf(year), Keys.ENTER);
		until("the figures of " + year + " on screen",
				(browser) -> !browser.findElements(By.cssSelector("#programmes[data-year='" + year + "'] dd[data-key]"))
					.isEmpty());
	}

	/** Waits until the page reads the live stream. */
	void awaitLive() {
		until("the live stream connected",
				(browser) -> "connected".equals(field("live-status").getDomAttribute("data-state")));
	}

	/** The programmes as headed on screen. */
	List<String> programmes() {
		return this.browser.findElements(By.cssSelector("#programmes .programme h2"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/** The label shown beside a figure. */
	String label(String key) {
		return this.browser.findElement(By.xpath("//dd[@data-key='" + key + "']/preceding-sibling::dt")).getText();
	}

	/** A figure as shown on screen. */
	long figure(String key) {
		String shown = this.browser.findElement(figureOf(key)).getText();
		String digits = shown.replaceAll("[^0-9]", "");
		assertThat(digits).as("figure %s shown as '%s'", key, shown).isNotEmpty();
		return Long.parseLong(digits);
	}

	/** Waits, without reloading the page, until a figure on screen shows the value. */
	void awaitFigure(String key, long value) {
		until("figure " + key + " showing " + value, (browser) -> figure(key) == value);
	}

	@Override
	public void close() {
		this.browser.quit();
	}

	private WebElement field(String id) {
		return this.browser.findElement(By.id(id));
	}

	private static By figureOf(String key) {
		return By.cssSelector("dd[data-key='" + key + "']");
	}

	private void until(String what, Function<WebDriver, Boolean> condition) {
		new WebDriverWait(this.browser, DEADLINE, Duration.ofMillis(100))
			// the page redraws a year's figures when it reads its report again
			.ignoring(StaleElementReferenceException.class)
			.withMessage(() -> what + "; live status '" + text("live-status") + "', report status '"
					+ text("report-status") + "', login error '" + text("login-error") + "'")
			.until(condition);
	}

	private String text(String id) {
		List<WebElement> found = this.browser.findElements(By.id(id));
		return found.isEmpty() ? "" : found.getFirst().getText();
	}

}
