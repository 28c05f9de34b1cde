package org.coursekit.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.coursekit.BuildOptions;
import org.coursekit.CourseBuild;
import org.coursekit.pack.HeadlessChromium;
import org.coursekit.pack.RuntimePreview;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview server on a copy of the example course, driven by real headless Chromium: a saved
 * edit reloads the open page with the change, an edit that breaks a module shows its finding in an
 * overlay, and module pages show the LMS panel. Waits poll with a generous bound; nothing sleeps.
 */
class PreviewServerBrowserTest {

  private static final Instant TIMESTAMP = Instant.parse("2026-11-25T00:00:00Z");
  private static final Duration BOUND = Duration.ofSeconds(20);

  @TempDir static Path work;
  @TempDir static Path profile;
  static CourseFixture course;
  static PreviewServer server;
  static WebDriver driver;
  static final List<String> console = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.assumeBrowserInstalled();
    course = CourseFixture.exampleCourseIn(work.resolve("course"));
    BuildOptions options =
        new BuildOptions(
                course.root(),
                work.resolve("out"),
                TIMESTAMP,
                LocalDate.ofInstant(TIMESTAMP, ZoneOffset.UTC),
                null)
            .withoutVersionHistory();
    server =
        PreviewServer.start(
            CourseBuild.create(PreviewServerBrowserTest.class.getClassLoader()),
            options,
            0,
            new PreviewConsole() {
              @Override
              public void info(String line) {
                console.add("INFO " + line);
              }

              @Override
              public void warn(String line) {
                console.add("WARN " + line);
              }

              @Override
              public void error(String line) {
                console.add("ERROR " + line);
              }
            });
    driver = HeadlessChromium.start(profile);
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aSavedEditReloadsTheOpenPageWithTheChange() {
    open("modules/m01-receipt.html");
    String marker = "Preview marker: this paragraph was saved while the page was open.";
    assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(marker);
    script("window.ckBeforeEdit = true");

    course.edit(
        "modules/m01-receipt.md",
        "between accepting the shipment and placing it in quarantine.\n",
        "between accepting the shipment and placing it in quarantine.\n\n" + marker + "\n");

    waitUntil(
        "the page reloads with the new paragraph",
        () ->
            script("return window.ckBeforeEdit === undefined") == Boolean.TRUE
                && driver.findElement(By.tagName("main")).getText().contains(marker));
    assertThat(console).anyMatch(line -> line.contains("rebuilt modules/m01-receipt.md"));
  }

  @Test
  void anEditThatBreaksAModuleShowsItsFindingInADismissableOverlay() {
    open("modules/m02-chain-of-identity.html");
    assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("GEN-001");

    course.edit(
        "modules/m02-chain-of-identity.md",
        "prerequisites: [m01-receipt]",
        "prerequisites: [m01-reciept]");
    try {
      waitUntil(
          "the overlay shows the finding",
          () -> {
            List<WebElement> overlays = driver.findElements(By.cssSelector(".ck-preview-overlay"));
            return !overlays.isEmpty() && overlays.get(0).getText().contains("GEN-001");
          });
      WebElement overlay = driver.findElement(By.cssSelector(".ck-preview-overlay"));
      assertThat(overlay.getAttribute("role")).isEqualTo("alert");
      assertThat(overlay.getText())
          .contains("modules/m02-chain-of-identity.md:6:", "m01-reciept", "m01-receipt");
      assertThat(console)
          .anyMatch(
              l ->
                  l.startsWith("ERROR modules/m02-chain-of-identity.md:6:")
                      && l.contains("GEN-001"));

      overlay.findElement(By.cssSelector("button.ck-preview-dismiss")).click();
      assertThat(driver.findElements(By.cssSelector(".ck-preview-overlay"))).isEmpty();
    } finally {
      course.edit(
          "modules/m02-chain-of-identity.md",
          "prerequisites: [m01-reciept]",
          "prerequisites: [m01-receipt]");
    }
  }

  @Test
  void modulePagesShowTheLmsPanelOnlyInThePreview() throws Exception {
    RuntimePreview runtime = RuntimePreview.of(course.load());
    open("modules/m03-storage-and-thaw.html");
    waitUntil(
        "the LMS panel is shown",
        () -> !driver.findElements(By.cssSelector("aside.ck-preview-lms")).isEmpty());
    WebElement panel = driver.findElement(By.cssSelector("aside.ck-preview-lms"));
    String worst =
        NumberFormat.getIntegerInstance(Locale.ENGLISH).format(runtime.suspendDataWorstCase());
    assertThat(panel.getText())
        .contains("LMS panel", "Completion", "incomplete", "Success", "Score", "suspend_data")
        .contains("at most " + worst + " characters", "scorm12", "4,096", "64,000");

    script("document.querySelector('main .pager').scrollIntoView({behavior: 'instant'})");
    waitUntil(
        "the panel counts the module as read",
        () ->
            driver
                .findElement(By.id("ck-preview-completion"))
                .getText()
                .contains("this module is read"));

    open("index.html");
    assertThat(driver.findElements(By.cssSelector("aside.ck-preview-lms"))).isEmpty();
    String published =
        Files.readString(
            work.resolve("out/site/modules/m03-storage-and-thaw.html"), StandardCharsets.UTF_8);
    assertThat(published).doesNotContain("__coursekit");
  }

  private static void open(String page) {
    driver.get(server.address().resolve(page).toString());
    waitUntil(
        "the preview script ran",
        () ->
            script(
                    "return document.querySelector(\"link[href='/__coursekit/preview.css']\") !== null")
                == Boolean.TRUE);
  }

  private static Object script(String code) {
    return ((JavascriptExecutor) driver).executeScript(code);
  }

  private static void waitUntil(String what, java.util.function.BooleanSupplier condition) {
    new WebDriverWait(driver, BOUND)
        .pollingEvery(Duration.ofMillis(50))
        .ignoring(WebDriverException.class)
        .withMessage(what)
        .until(d -> condition.getAsBoolean());
  }
}
