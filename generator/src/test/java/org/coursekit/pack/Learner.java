package org.coursekit.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner in the browser, doing what a person does: opening pages from the contents, reading to
 * the end, answering questions with clicks and typing, submitting, leaving. Frames: the LMS page
 * (SCORM only) holds the launch shell in {@code #lms-sco}; the shell shows pages in {@code
 * #ck-content}.
 */
final class Learner {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final ChromeDriver driver;
  private final LmsServer server;
  private boolean inLms;

  Learner(ChromeDriver driver, LmsServer server) {
    this.driver = driver;
    this.server = server;
  }

  /** Launches the package from the scorm-again LMS page; returns when the shell is tracking. */
  void launchScorm(String version) {
    inLms = true;
    driver.switchTo().defaultContent();
    driver.get(server.lmsPage(version));
    awaitShell();
  }

  /** Launches the cmi5 AU in the top window with the LMS's launch parameters. */
  void launchCmi5(String query) {
    inLms = false;
    driver.switchTo().defaultContent();
    driver.get(server.base() + "/pkg/index.html?" + query);
    awaitShell();
  }

  /**
   * Waits until the shell has found the LMS (or given up) and shows its first page. When the LMS
   * page itself could not launch the package, that is the failure, at once.
   */
  private void awaitShell() {
    until(
        () -> {
          if (inLms) {
            driver.switchTo().defaultContent();
            Object lms = script("return document.getElementById('lms-state').textContent");
            if (String.valueOf(lms).startsWith("failed")) {
              throw new AssertionError("the LMS page did not launch the package: " + lms);
            }
          }
          shell();
          return script("return document.documentElement.getAttribute('data-ck-ready')") != null;
        },
        "the launch shell to connect");
    until(() -> contentPath() != null, "the first page to show");
  }

  /** What the shell knows about the LMS connection: "tracking" or "offline". */
  String connection() {
    shell();
    return (String) script("return document.documentElement.getAttribute('data-ck-ready')");
  }

  void shell() {
    driver.switchTo().defaultContent();
    if (inLms) {
      driver.switchTo().frame("lms-sco");
    }
  }

  void content() {
    shell();
    driver.switchTo().frame("ck-content");
  }

  /** The path of the page the shell shows, once it has loaded, or null. */
  String contentPath() {
    shell();
    return (String)
        script(
            "var w = document.getElementById('ck-content').contentWindow;"
                + " return w.document.readyState === 'complete' && w.location.href !== 'about:blank'"
                + " ? w.location.pathname : null");
  }

  /** Opens a page from the shell's contents list. */
  void open(String pageId) {
    shell();
    WebElement link = driver.findElement(By.cssSelector("a[data-ck-page='" + pageId + "']"));
    String href = link.getAttribute("href");
    String path = URI.create(href).getPath();
    link.click();
    until(() -> path.equals(contentPath()), "page " + pageId + " to open");
  }

  /** Clicks the shell's Next button and waits for another page. */
  void next() {
    String before = contentPath();
    shell();
    driver.findElement(By.cssSelector("[data-ck-go='next']")).click();
    until(() -> contentPath() != null && !contentPath().equals(before), "the next page");
  }

  /** Follows the "next" link at the bottom of the page; returns the title it showed. */
  String followPagerNext() {
    String before = contentPath();
    content();
    WebElement link = driver.findElement(By.cssSelector("a.pager-next"));
    String title = link.findElement(By.cssSelector(".pager-title")).getText();
    click(link, "next link");
    until(() -> contentPath() != null && !contentPath().equals(before), "the page after " + before);
    return title;
  }

  /** Scrolls the current module page to its end; the shell marks the module done. */
  void readToEnd(String moduleId) {
    content();
    script("document.querySelector('[data-ck-page-end]').scrollIntoView({behavior: 'instant'})");
    until(
        () -> {
          shell();
          return driver
              .findElement(By.cssSelector("a[data-ck-page='" + moduleId + "']"))
              .getAttribute("class")
              .contains("is-done");
        },
        "module " + moduleId + " to be marked done");
  }

  void readModules(List<String> moduleIds) {
    for (String id : moduleIds) {
      open(id);
      readToEnd(id);
    }
  }

  /** The tracker's view: completed, success, finished, progress, location, suspendData. */
  JsonNode view() {
    shell();
    return json(script("return JSON.stringify(CourseKit.view())"));
  }

  /** Everything the runtime logged as a problem (LMS refusals, failed calls). */
  List<String> runtimeErrors() {
    shell();
    return strings(script("return CourseKit.errors()"));
  }

  /** What scorm-again logged at ERROR level (the LMS page collects it). */
  List<String> lmsErrors() {
    driver.switchTo().defaultContent();
    return strings(script("return window.lmsLog || []"));
  }

  /** The assessment data of assessment.html (the page must be open). */
  JsonNode assessmentData() {
    content();
    return json(script("return document.getElementById('ck-assessment').textContent"));
  }

  void startAttempt() {
    content();
    click(driver.findElement(By.cssSelector(".ck-start")), "start button");
    until(() -> !driver.findElements(By.cssSelector(".ck-question")).isEmpty(), "the questions");
  }

  /** The item ids of the questions on screen, in order. */
  List<String> questionIds() {
    content();
    List<String> ids = new ArrayList<>();
    for (WebElement q : driver.findElements(By.cssSelector(".ck-question"))) {
      ids.add(q.getAttribute("data-item-id"));
    }
    return ids;
  }

  /**
   * Answers the first {@code count} questions on screen, rightly or wrongly, as a learner does:
   * clicks, typing, choosing from lists. Only what differs from the wanted answer is changed, so
   * answers already shown (a resumed attempt) are kept, not toggled off or typed twice.
   */
  void answer(int count, boolean right) {
    JsonNode data = assessmentData();
    List<WebElement> questions = driver.findElements(By.cssSelector(".ck-question"));
    for (int i = 0; i < count && i < questions.size(); i++) {
      WebElement question = questions.get(i);
      JsonNode item = item(data, question.getAttribute("data-item-id"));
      answer(question, item, right);
    }
  }

  private void answer(WebElement question, JsonNode item, boolean right) {
    JsonNode key = item.get("key");
    String id = question.getAttribute("id");
    switch (item.get("type").asText()) {
      case "single" -> {
        int correct = key.get("correct").get(0).asInt();
        choose(question, "#" + id + "-o" + (right ? correct : (correct == 0 ? 1 : 0)), true);
      }
      case "multiple" -> {
        List<Integer> correct = new ArrayList<>();
        key.get("correct").forEach(k -> correct.add(k.asInt()));
        int firstWrong = 0;
        while (correct.contains(firstWrong)) {
          firstWrong++;
        }
        for (int k = 0; k < item.get("options").size(); k++) {
          choose(question, "#" + id + "-o" + k, right ? correct.contains(k) : k == firstWrong);
        }
      }
      case "numeric" -> type(question, right ? key.get("value").asText() : "99999");
      case "short" -> type(question, right ? key.get("accept").get(0).asText() : "not the answer");
      case "matching" -> {
        JsonNode answers = key.get("answers");
        int choices = item.get("choices").size();
        for (int r = 0; r < answers.size(); r++) {
          int choice = right ? answers.get(r).asInt() : (answers.get(r).asInt() + 1) % choices;
          new Select(question.findElement(By.cssSelector("#" + id + "-r" + r)))
              .selectByValue(String.valueOf(choice));
        }
      }
      default -> throw new AssertionError("no way to answer a " + item.get("type") + " item");
    }
  }

  /** Clicks the option when its checked state is not {@code checked} yet. */
  private void choose(WebElement question, String css, boolean checked) {
    WebElement input = question.findElement(By.cssSelector(css));
    if (input.isSelected() != checked) {
      click(input, css);
    }
  }

  /**
   * Scrolls to the element and clicks it; when the shell's status line appears in between (the page
   * shifts), the click lands elsewhere and is tried again, so no journey depends on that timing.
   */
  private void click(WebElement element, String what) {
    until(
        () -> {
          script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
          try {
            element.click();
            return true;
          } catch (ElementClickInterceptedException e) {
            return false;
          }
        },
        "a clickable " + what);
  }

  /** Types over whatever the field holds, then leaves it. */
  private void type(WebElement question, String text) {
    WebElement input = question.findElement(By.cssSelector("input[type=text]"));
    if (text.equals(input.getAttribute("value"))) {
      return;
    }
    script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
  }

  /** What the question shows as answered: its inputs' state, for checking restored answers. */
  List<String> answersOnScreen() {
    content();
    return strings(
        script(
            "return Array.from(document.querySelectorAll('.ck-question')).map(function (q) {"
                + " return Array.from(q.querySelectorAll('input, select')).map(function (i) {"
                + "   return i.type === 'radio' || i.type === 'checkbox' ? (i.checked ? '1' : '0')"
                + "     : i.value; }).join('/'); })"));
  }

  /** Submits the attempt (confirming when questions are unanswered); returns the result text. */
  String submit() {
    content();
    click(driver.findElement(By.cssSelector(".ck-submit")), "submit button");
    List<WebElement> confirm = driver.findElements(By.cssSelector(".ck-confirm-submit"));
    if (!confirm.isEmpty() && confirm.get(0).isDisplayed()) {
      click(confirm.get(0), "confirm button");
    }
    until(() -> !driver.findElements(By.cssSelector(".ck-result")).isEmpty(), "the result");
    return driver.findElement(By.cssSelector("#ck-assessment-app")).getText();
  }

  /** The text of the assessment page's panel (rules, result, why no attempt can start). */
  String assessmentText() {
    content();
    return driver.findElement(By.cssSelector("#ck-assessment-app")).getText();
  }

  /** The learner's "Save and exit". */
  void saveAndExit() {
    shell();
    driver.findElement(By.cssSelector("[data-ck-exit]")).click();
  }

  /** Closes the course the hard way: the browser goes elsewhere. */
  void leave() {
    driver.switchTo().defaultContent();
    driver.get("about:blank");
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Waits for {@code condition}; on timeout the failure shows the browser's console. */
  void until(Supplier<Boolean> condition, String what) {
    try {
      new WebDriverWait(driver, WAIT, Duration.ofMillis(100))
          .until(d -> Boolean.TRUE.equals(condition.get()));
    } catch (TimeoutException e) {
      List<String> console = new ArrayList<>();
      driver.manage().logs().get(LogType.BROWSER).forEach(entry -> console.add(entry.getMessage()));
      throw new AssertionError(
          "timed out waiting for " + what + "; browser console: " + console, e);
    }
  }

  private static JsonNode item(JsonNode data, String id) {
    for (JsonNode item : data.get("items")) {
      if (item.get("id").asText().equals(id)) {
        return item;
      }
    }
    throw new AssertionError("no item " + id + " in the assessment data");
  }

  static JsonNode json(Object text) {
    try {
      return JSON.readTree(String.valueOf(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object list) {
    List<String> out = new ArrayList<>();
    for (Object o : (List<Object>) list) {
      out.add(o instanceof Map<?, ?> m ? m.toString() : String.valueOf(o));
    }
    return out;
  }
}
