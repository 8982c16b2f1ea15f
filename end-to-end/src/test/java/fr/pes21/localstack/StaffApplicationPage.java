package fr.pes21.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff web application (module frontend, served by the gateway at {@code /}) in
 * headless Chromium: what a person does on it and what they see, found by what they read
 * (labels, buttons, headings). Every page a test visits can be photographed
 * ({@link #screenshot}, under {@code end-to-end/target/screenshots/}) and checked with
 * axe-core ({@link #assertAccessible}: no serious or critical violation) and for
 * Content-Security-Policy violations.
 */
final class StaffApplicationPage implements AutoCloseable {

	static final Path SCREENSHOTS = TheSuite.REPOSITORY.resolve("end-to-end/target/screenshots");

	/**
	 * axe-core from the frontend's npm packages (devDependencies of
	 * frontend/package.json).
	 */
	private static final Path AXE = TheSuite.REPOSITORY.resolve("frontend/node_modules/axe-core/axe.min.js");

	private static final Duration DEADLINE = Duration.ofSeconds(30);

	private final ChromeDriver browser;

	private final String gatewayUrl;

	private StaffApplicationPage(ChromeDriver browser, String gatewayUrl) {
		this.browser = browser;
		this.gatewayUrl = gatewayUrl;
	}

	/** Opens a page of the application (e.g. {@code /}) in a new browser. */
	static StaffApplicationPage open(String gatewayUrl, Path profile, String path) {
		ChromeDriver browser = Chromium.start(profile);
		try {
			browser.get(gatewayUrl + path);
		}
		catch (RuntimeException ex) {
			browser.quit();
			throw ex;
		}
		return new StaffApplicationPage(browser, gatewayUrl);
	}

	// ----- navigating -----

	/** Loads an address of the application, as typing it in or following a link would. */
	void visit(String path) {
		this.browser.get(this.gatewayUrl + path);
	}

	void logIn(String username, String password) {
		until("the login form", (driver) -> !driver.findElements(By.id("login-username")).isEmpty());
		this.browser.findElement(By.id("login-username")).clear();
		this.browser.findElement(By.id("login-username")).sendKeys(username);
		this.browser.findElement(By.id("login-password")).sendKeys(password, Keys.ENTER);
		until("logged in as " + username,
				(driver) -> !driver.findElements(By.cssSelector("[data-testid='who']")).isEmpty());
	}

	void logOut() {
		clickButton("Se déconnecter");
		until("the login page", (driver) -> !driver.findElements(By.id("login-username")).isEmpty());
	}

	/** Follows the navigation's link to a programme (its French name). */
	void navigateTo(String programme) {
		List<WebElement> menu = this.browser.findElements(By.cssSelector("button.menu-button"));
		if (!menu.isEmpty() && menu.getFirst().isDisplayed()) {
			menu.getFirst().click();
		}
		By link = By.xpath("//nav[@id='navigation']//a[normalize-space(.)=" + literal(programme) + "]");
		until("the link to " + programme, (driver) -> !driver.findElements(link).isEmpty());
		String target = java.net.URI.create(this.browser.findElement(link).getAttribute("href")).getPath();
		click(link);
		until("the page of " + programme, (driver) -> path().startsWith(target)
				&& driver.findElements(By.cssSelector("main h1")).stream().anyMatch((h1) -> !h1.getText().isBlank()));
	}

	String heading() {
		return this.browser.findElement(By.cssSelector("main h1")).getText();
	}

	void awaitHeading(String text) {
		until("the page « " + text + " »", (driver) -> !driver.findElements(By.cssSelector("main h1")).isEmpty()
				&& driver.findElement(By.cssSelector("main h1")).getText().equals(text));
	}

	String path() {
		return java.net.URI.create(this.browser.getCurrentUrl()).getPath();
	}

	// ----- reading and acting like a person -----

	void clickButton(String text) {
		click(By.xpath("//button[normalize-space(.)=" + literal(text) + "]"));
	}

	void clickLink(String text) {
		click(By.xpath("//a[normalize-space(.)=" + literal(text) + "]"));
	}

	/**
	 * Types into the field labelled {@code label} (its « * » aside), or picks the option
	 * of a select once it is there (a page may fill a select's options after it shows).
	 */
	void fill(String label, String value) {
		WebElement field = field(label);
		if ("select".equals(field.getTagName())) {
			// until's wait looks again while the option is not found (or the select
			// redrawn)
			until("the option " + value + " of " + label, (driver) -> {
				new Select(field(label)).selectByVisibleText(value);
				return true;
			});
			return;
		}
		field.clear();
		field.sendKeys(value);
	}

	/**
	 * The input, select or textarea of the label reading {@code label} (visible ones
	 * only).
	 */
	WebElement field(String label) {
		By labelled = By.xpath("//label[normalize-space(translate(., '*', ''))=" + literal(label) + "]");
		until("the field « " + label + " »",
				(driver) -> driver.findElements(labelled).stream().anyMatch(WebElement::isDisplayed));
		WebElement found = this.browser.findElements(labelled)
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElseThrow();
		String id = found.getDomAttribute("for");
		return (id != null) ? this.browser.findElement(By.id(id)) : found.findElement(By.cssSelector("input"));
	}

	/**
	 * Types into the field named {@code name} (a field whose label is read by screen
	 * readers only).
	 */
	void fillNamed(String name, String value) {
		By field = By.cssSelector("[name='" + name + "']");
		until("the field named " + name,
				(driver) -> driver.findElements(field).stream().anyMatch(WebElement::isDisplayed));
		WebElement found = this.browser.findElements(field)
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElseThrow();
		found.clear();
		found.sendKeys(value);
	}

	/** Ticks the checkbox whose label contains the text. */
	void check(String text) {
		click(By.xpath("//label[contains(normalize-space(.), " + literal(text) + ")]/input[@type='checkbox']"));
	}

	/** The text of each visible element matching the CSS selector. */
	List<String> texts(String css) {
		return this.browser.findElements(By.cssSelector(css))
			.stream()
			.filter(WebElement::isDisplayed)
			.map(WebElement::getText)
			.toList();
	}

	/** Picks a radio choice by its label. */
	void choose(String label) {
		click(By.xpath("//label[contains(@class,'choice') and normalize-space(.)=" + literal(label) + "]/input"));
	}

	/**
	 * The error shown at a field of a form, by the field's path in the body
	 * ({@code holders[0].email}).
	 */
	String fieldError(String path) {
		By error = By.cssSelector("[data-field='" + path + "'] [data-testid='field-error']");
		until("an error at " + path, (driver) -> driver.findElements(error).stream().anyMatch(WebElement::isDisplayed));
		return this.browser.findElement(error).getText();
	}

	/** The message of the visible form (a refusal). */
	String awaitFormMessage() {
		By message = By.cssSelector("[data-testid='form-message']");
		until("the form's message",
				(driver) -> driver.findElements(message)
					.stream()
					.anyMatch((element) -> element.isDisplayed() && !element.getText().isBlank()));
		return this.browser.findElements(message)
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElseThrow()
			.getText();
	}

	/** Waits until the page's notice (role=status) says something containing the text. */
	void awaitNotice(String text) {
		until("the notice « " + text + " »",
				(driver) -> driver.findElements(By.cssSelector("[data-testid='notice']"))
					.stream()
					.anyMatch((notice) -> notice.getText().contains(text)));
	}

	/** The lines of a project's history: « date | title | details ». */
	List<String> history() {
		return this.browser.findElements(By.cssSelector("ol.history li"))
			.stream()
			.map((line) -> line.findElement(By.cssSelector(".when")).getText() + " | "
					+ line.findElement(By.cssSelector(".what strong")).getText())
			.toList();
	}

	/** Clicks « Retirer » on the history line whose text contains {@code text}. */
	void withdrawHistoryLine(String text) {
		click(By.xpath("//ol[contains(@class,'history')]/li[contains(normalize-space(.), " + literal(text)
				+ ")]//button[starts-with(normalize-space(.), 'Retirer')]"));
	}

	/** The confirmation dialog's text, once it is open. */
	String confirmation() {
		By dialog = By.cssSelector("dialog[data-testid='confirm-dialog'][open]");
		until("the confirmation dialog", (driver) -> !driver.findElements(dialog).isEmpty());
		return this.browser.findElement(dialog).getText();
	}

	void confirm() {
		click(By.cssSelector("dialog[open] [data-testid='confirm']"));
		until("the confirmation dialog closed",
				(driver) -> driver.findElements(By.cssSelector("dialog[data-testid='confirm-dialog'][open]"))
					.isEmpty());
	}

	/** The rows of the visible table: each row's cells' text joined with « | ». */
	List<String> tableRows() {
		return this.browser.findElements(By.cssSelector(".paged-table tbody tr"))
			.stream()
			.map((row) -> String.join(" | ",
					row.findElements(By.cssSelector("td")).stream().map(WebElement::getText).toList()))
			.toList();
	}

	/** Waits until the list shows a row containing the text. */
	void awaitRow(String text) {
		until("a row with « " + text + " »", (driver) -> tableRows().stream().anyMatch((row) -> row.contains(text)));
	}

	boolean shows(By element) {
		return this.browser.findElements(element).stream().anyMatch(WebElement::isDisplayed);
	}

	boolean showsButton(String text) {
		return shows(By.xpath("//button[starts-with(normalize-space(.), " + literal(text) + ")]"));
	}

	boolean showsLink(String text) {
		return shows(By.xpath("//a[normalize-space(.)=" + literal(text) + "]"));
	}

	/** Everything the page holds, hidden parts and attributes included. */
	String source() {
		return this.browser.getPageSource();
	}

	// ----- the reports page -----

	/** Picks the year and waits until its figures are on screen. */
	void showYear(int year) {
		until("the year list", (driver) -> !driver.findElements(By.id("report-year")).isEmpty());
		new Select(this.browser.findElement(By.id("report-year"))).selectByValue(String.valueOf(year));
		until("the figures of " + year + " on screen",
				(driver) -> !driver.findElements(By.cssSelector(".programmes[data-year='" + year + "'] td[data-key]"))
					.isEmpty());
	}

	/** Waits until the page reads the live stream. */
	void awaitLive() {
		until("the live stream connected",
				(driver) -> !driver
					.findElements(By.cssSelector("[data-testid='live-status'][data-live-state='connected']"))
					.isEmpty());
	}

	/** The programmes as headed on the reports page. */
	List<String> programmes() {
		return this.browser.findElements(By.cssSelector(".programmes .programme h2"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/** The label shown for a figure. */
	String label(String key) {
		return this.browser.findElement(By.cssSelector("[data-label-of='" + key + "']")).getText();
	}

	/** A figure as shown on screen. */
	long figure(String key) {
		String shown = this.browser.findElement(By.cssSelector("td[data-key='" + key + "']")).getText();
		String digits = shown.replaceAll("[^0-9]", "");
		assertThat(digits).as("figure %s shown as '%s'", key, shown).isNotEmpty();
		return Long.parseLong(digits);
	}

	/** Waits, without reloading the page, until a figure on screen shows the value. */
	void awaitFigure(String key, long value) {
		until("figure " + key + " showing " + value, (driver) -> figure(key) == value);
	}

	// ----- quality -----

	/** Saves the whole page as {@code target/screenshots/<name>.png}. */
	Path screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Map<String, Object> shot = this.browser.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		Path file = SCREENSHOTS.resolve(name + ".png");
		Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
		return file;
	}

	/**
	 * Lets the browser save downloads into a directory, and answers the file once it is
	 * there whole.
	 */
	Path download(Path directory, String fileName, Runnable click) throws IOException {
		Files.createDirectories(directory);
		this.browser.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", directory.toAbsolutePath().toString()));
		click.run();
		Path file = directory.resolve(fileName);
		until("the download of " + fileName, (driver) -> Files.isRegularFile(file)
				&& !Files.exists(directory.resolve(fileName + ".crdownload")) && file.toFile().length() > 0);
		return file;
	}

	/** The window of a phone (390 × 844) or of a laptop (1280 × 1000). */
	void phone(boolean phone) {
		this.browser.manage().window().setSize(phone ? new Dimension(390, 844) : new Dimension(1280, 1000));
	}

	/**
	 * Runs axe-core on the page as it is and fails on any serious or critical violation,
	 * naming each with the elements concerned.
	 */
	void assertAccessible(String page) throws IOException {
		assertThat(AXE).as("axe-core from frontend/node_modules (built with the frontend module)").exists();
		JavascriptExecutor script = this.browser;
		script.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
		Object found = script.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then((results) => done(results.violations
				    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
				    .map((v) => v.impact + ' ' + v.id + ': ' + v.help + ' — '
				      + v.nodes.map((n) => n.target.join(' ')).join(', '))))
				  .catch((error) => done(['axe failed: ' + error]));
				""");
		assertThat((List<?>) found).as("serious or critical accessibility violations on " + page).isEmpty();
	}

	/**
	 * Fails if something on the page reaches past the window's right edge (a page that
	 * scrolls sideways on a phone), naming the elements; wide tables scroll in their own
	 * box.
	 */
	void assertNoSidewaysScrolling(String page) {
		Object found = this.browser.executeScript("""
				const width = document.documentElement.clientWidth;
				return [...document.querySelectorAll('body *')]
				  .filter((e) => !e.closest('.table-scroll') && e.getClientRects().length > 0)
				  .filter((e) => e.getBoundingClientRect().right > width + 1)
				  .slice(0, 10)
				  .map((e) => e.tagName.toLowerCase() + '.' + e.className + ' reaches '
				    + Math.round(e.getBoundingClientRect().right) + ' of ' + width);
				""");
		assertThat((List<?>) found).as("elements wider than the window on " + page).isEmpty();
	}

	/**
	 * Fails if the browser reported a Content-Security-Policy violation or a script
	 * error.
	 */
	void assertNoContentSecurityPolicyViolation() {
		List<String> problems = this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter((message) -> message.contains("Content Security Policy") || message.contains("Uncaught"))
			.toList();
		assertThat(problems).as("Content-Security-Policy violations or script errors").isEmpty();
	}

	JavascriptExecutor script() {
		return this.browser;
	}

	@Override
	public void close() {
		this.browser.quit();
	}

	private void click(By element) {
		until(element + " clickable", (driver) -> {
			List<WebElement> found = driver.findElements(element).stream().filter(WebElement::isDisplayed).toList();
			if (found.isEmpty() || !found.getFirst().isEnabled()) {
				return false;
			}
			found.getFirst().click();
			return true;
		});
	}

	void until(String what, Function<WebDriver, Boolean> condition) {
		until(DEADLINE, Duration.ofMillis(100), what, condition);
	}

	/**
	 * Waits longer than the usual deadline (a rebuild), looking every {@code every}.
	 */
	void until(Duration deadline, Duration every, String what, Function<WebDriver, Boolean> condition) {
		new WebDriverWait(this.browser, deadline, every)
			// the page redraws as answers arrive
			.ignoring(StaleElementReferenceException.class)
			.withMessage(() -> what + "; the page at " + this.browser.getCurrentUrl() + " shows: "
					+ text(By.cssSelector("main")) + " / alerts: " + text(By.cssSelector("[role='alert']")))
			.until(condition);
	}

	private String text(By element) {
		return String.join(" | ",
				this.browser.findElements(element)
					.stream()
					.map(WebElement::getText)
					.filter((t) -> !t.isBlank())
					.toList());
	}

	/** An XPath string literal, quotes included (French text has apostrophes). */
	static String literal(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		if (!text.contains("\"")) {
			return "\"" + text + "\"";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

}
