package org.coursekit.pack;

import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Moves the browser's calendar forward for every page loaded afterwards (Date only:
 * performance.now, which times sessions, runs on), so a test can come back "eight days later".
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

  void reset() {
    if (script != null) {
      driver.executeCdpCommand(
          "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
      script = null;
    }
  }
}
