package fr.pes21.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The gateway's Swagger UI ({@code /swagger-ui.html}) in headless Chromium: the API
 * documents it lists, and an operation tried from it as a person would, with a token.
 */
final class SwaggerUiPage implements AutoCloseable {

	private static final Duration DEADLINE = Duration.ofSeconds(30);

	private final WebDriver browser;

	private SwaggerUiPage(WebDriver browser) {
		this.browser = browser;
	}

	static SwaggerUiPage open(String gatewayUrl, Path profile) {
		WebDriver browser = Chromium.start(profile);
		try {
			browser.get(gatewayUrl + "/swagger-ui.html");
		}
		catch (RuntimeException ex) {
			browser.quit();
			throw ex;
		}
		SwaggerUiPage page = new SwaggerUiPage(browser);
		page.until("the document list", (driver) -> !driver.findElements(By.cssSelector(".topbar select")).isEmpty());
		return page;
	}

	/** The documents offered in the top bar. */
	List<String> documents() {
		return documentList().getOptions().stream().map(WebElement::getText).toList();
	}

	/** Shows a document and waits until one of its operations is on the page. */
	void show(String document, String tag, String operationId) {
		// the list is disabled while a document loads
		until("the document list enabled",
				(driver) -> driver.findElement(By.cssSelector(".topbar select")).isEnabled());
		documentList().selectByVisibleText(document);
		until(document + " shown", (driver) -> !driver.findElements(operation(tag, operationId)).isEmpty());
	}

	/** Authorize: the bearer token every operation of the document is tried with. */
	void authorize(String token) {
		click(By.cssSelector(".auth-wrapper .authorize"));
		until("the authorization dialog",
				(driver) -> !driver.findElements(By.cssSelector(".modal-ux input")).isEmpty());
		this.browser.findElement(By.cssSelector(".modal-ux input")).sendKeys(token);
		click(By.cssSelector(".modal-ux .auth-btn-wrapper .authorize"));
		click(By.cssSelector(".modal-ux .btn-done"));
	}

	/**
	 * Tries an operation with one parameter: opens it, "Try it out", fills the parameter
	 * in, "Execute", and answers the status and body shown.
	 */
	List<String> tryOut(String tag, String operationId, String parameter, String value) {
		By operation = operation(tag, operationId);
		click(new By.ByCssSelector("#" + operationId(tag, operationId) + " .opblock-summary"));
		click(new By.ByCssSelector("#" + operationId(tag, operationId) + " .try-out__btn"));
		WebElement input = this.browser.findElement(operation)
			.findElement(By.cssSelector("input[placeholder='" + parameter + "']"));
		// Swagger UI fills the documented example in
		input.clear();
		input.sendKeys(value);
		click(new By.ByCssSelector("#" + operationId(tag, operationId) + " .execute"));
		By status = new By.ByCssSelector(
				"#" + operationId(tag, operationId) + " .live-responses-table tr.response .response-col_status");
		new WebDriverWait(this.browser, DEADLINE, Duration.ofMillis(100)).ignoring(StaleElementReferenceException.class)
			.withMessage(() -> "the answer of " + operationId + "; the operation shows: "
					+ this.browser.findElement(operation).getText())
			.until((driver) -> !driver.findElements(status).isEmpty()
					&& !driver.findElement(status).getText().isBlank());
		String body = this.browser.findElement(operation)
			.findElement(
					By.cssSelector(".live-responses-table tr.response .response-col_description .highlight-code pre"))
			.getText();
		return List.of(this.browser.findElement(status).getText().strip(), body);
	}

	@Override
	public void close() {
		this.browser.quit();
	}

	private Select documentList() {
		return new Select(this.browser.findElement(By.cssSelector(".topbar select")));
	}

	private static By operation(String tag, String operationId) {
		return By.id(operationId(tag, operationId));
	}

	private static String operationId(String tag, String operationId) {
		return "operations-" + tag + "-" + operationId;
	}

	private void click(By element) {
		until(element + " clickable", (driver) -> {
			List<WebElement> found = driver.findElements(element);
			if (found.isEmpty() || !found.getFirst().isDisplayed() || !found.getFirst().isEnabled()) {
				return false;
			}
			found.getFirst().click();
			return true;
		});
	}

	private void until(String what, java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(this.browser, DEADLINE, Duration.ofMillis(100)).ignoring(StaleElementReferenceException.class)
			.withMessage(() -> what)
			.until(condition);
	}

}
