package fr.pes21.localstack;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven through its chromedriver (both found on the PATH, as
 * {@code ops/prerequisites} finds them, else in {@code /usr/bin}), for the browser tests
 * ({@link StaffApplicationPage}, {@link SwaggerUiPage}). Without Chromium the tests fail,
 * they are not skipped: {@code .ci/run} installs it. The browser's console is kept, so
 * that a test can read what the page logged (a Content-Security-Policy violation, an
 * error).
 */
final class Chromium {

	private static final Path CHROMIUM = onThePath("chromium");

	private static final Path CHROMEDRIVER = onThePath("chromedriver");

	private Chromium() {
	}

	private static Path onThePath(String program) {
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.filter((directory) -> !directory.isBlank())
			.map((directory) -> Path.of(directory, program))
			.filter(Files::isExecutable)
			.findFirst()
			.orElse(Path.of("/usr/bin", program));
	}

	/**
	 * A new headless Chromium in French.
	 * @param profile an empty directory for the browser's profile
	 */
	static ChromeDriver start(Path profile) {
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
				"--disable-sync", "--lang=fr-FR", "--window-size=1280,1000",
				"--user-data-dir=" + profile.toAbsolutePath());
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

}
