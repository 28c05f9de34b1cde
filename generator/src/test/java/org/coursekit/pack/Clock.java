package org.coursekit.pack;

import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Moves the browser's calendar forward for every page loaded afterwards (Date only:
 * performance.now, which times sessions, runs on), so a test can come back "eight days later"; and
 * moves one open page's session clock (performance.now) forward, so a test can spend an hour in a
 * page without waiting for it or racing a timer.
 */
final class Clock {

  private final ChromeDriver driver;
  private String script;

  Clock(ChromeDriver driver) {
    this.driver = driver;
  }

  void shiftDays(int days) {
    reset();
    String source =
        "(function () {"
            + " var shift = "
            + days
            + " * 86400000; var Real = Date;"
            + " function Shifted() {"
            + "   if (!(this instanceof Shifted)) { return new Real(Real.now() + shift).toString(); }"
            + "   var a = Array.prototype.slice.call(arguments);"
            + "   return a.length ? new (Function.prototype.bind.apply(Real, [null].concat(a)))()"
            + "     : new Real(Real.now() + shift); }"
            + " Shifted.prototype = Real.prototype;"
            + " Shifted.now = function () { return Real.now() + shift; };"
            + " Shifted.UTC = Real.UTC; Shifted.parse = Real.parse; window.Date = Shifted; })();";
    Object result =
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
    script = String.valueOf(((Map<?, ?>) result).get("identifier"));
  }

  /**
   * Moves performance.now of the page in the driver's current frame forward by {@code by}: the
   * runtime's timers and session times see that much more time pass from now on.
   */
  void advanceCurrentPage(Duration by) {
    driver.executeScript(
        "var p = window.performance, real = p.now.bind(p), by = arguments[0];"
            + " p.now = function () { return real() + by; };",
        by.toMillis());
  }

  void reset() {
    if (script != null) {
      driver.executeCdpCommand(
          "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
      script = null;
    }
  }
}
