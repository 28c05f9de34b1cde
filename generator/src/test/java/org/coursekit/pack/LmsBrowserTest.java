package org.coursekit.pack;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every test of the packages in a browser shares: the example course's packages built once per
 * class, scorm-again served as the LMS, and one headless Chromium.
 */
abstract class LmsBrowserTest {

  @TempDir static Path work;
  @TempDir static Path profile;

  static ExamplePackages packages;
  static LmsServer server;
  static ChromeDriver driver;

  @BeforeAll
  static void startLms() throws Exception {
    HeadlessChromium.assumeInstalled();
    packages = ExamplePackages.build(work);
    server = new LmsServer(HeadlessChromium.SCORM_AGAIN.toAbsolutePath());
    driver = HeadlessChromium.start(profile);
  }

  @AfterAll
  static void stopLms() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }
}
