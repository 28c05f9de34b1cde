package org.coursekit.pack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium for the package tests, with scorm-again from {@code
 * generator/src/test/lms} ({@code npm ci --prefix generator/src/test/lms}). Outside CI a missing
 * browser or scorm-again skips the tests; in CI ({@code CI} set) it fails them.
 */
public final class HeadlessChromium {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** scorm-again's browser builds, installed by npm from the pinned package-lock.json. */
  static final Path SCORM_AGAIN = Path.of("src/test/lms/node_modules/scorm-again/dist");

  private HeadlessChromium() {}

  /** Skips (or in CI fails) unless Chromium and ChromeDriver are installed. */
  public static void assumeBrowserInstalled() {
    boolean browser = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!browser && System.getenv("CI") != null) {
      throw new IllegalStateException(
          "CI needs Debian's chromium and chromium-driver for the browser tests (.ci/run installs"
              + " them)");
    }
    Assumptions.assumeTrue(
        browser, "browser tests skipped: apt-get install chromium chromium-driver to run them");
  }

  /** Skips (or in CI fails) unless Chromium, ChromeDriver and scorm-again are installed. */
  static void assumeInstalled() {
    boolean browser = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    boolean lms = Files.isRegularFile(SCORM_AGAIN.resolve("scorm12.js"));
    if ((!browser || !lms) && System.getenv("CI") != null) {
      throw new IllegalStateException(
          "CI needs chromium, chromium-driver and `npm ci --prefix generator/src/test/lms`"
              + " (.ci/run does both) for the LMS package tests");
    }
    Assumptions.assumeTrue(
        browser, "package browser tests skipped: apt-get install chromium chromium-driver");
    Assumptions.assumeTrue(
        lms,
        "package browser tests skipped: run `npm ci --prefix generator/src/test/lms` to install"
            + " scorm-again, the independent LMS they run against");
  }

  /** A headless Chromium with a fresh profile in {@code profile} and browser logging on. */
  public static ChromeDriver start(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }
}
