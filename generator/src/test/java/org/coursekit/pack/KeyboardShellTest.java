package org.coursekit.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The example course's SCORM 2004 package with the keyboard only, in headless Chromium inside
 * scorm-again's LMS page: the tab order of the launch shell, a visible focus on everything that
 * takes it, landmarks and labels, and a whole course (every module, then the summative assessment
 * answered and submitted) done with Tab, Enter, Space, arrows and typing. Keys go to whatever has
 * focus, as for a real learner; scripts only read where the focus is.
 */
class KeyboardShellTest extends LmsBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final int MOST_TABS = 400;

  /**
   * Where the focus is, through the LMS frame and the shell's content frame: the frame ("lms",
   * "shell" or "content"), the element, its accessible text, and whether the focus shows (an
   * outline of at least 2 px, or a visible skip link) on an element that is on screen and not
   * hidden under another.
   */
  private static final String FOCUS =
      """
      var doc = document, frame = 'lms', el = doc.activeElement;
      var names = {'lms-sco': 'shell', 'ck-content': 'content'};
      while (el && el.tagName === 'IFRAME' && el.contentDocument && el.contentDocument.activeElement
          && el.contentDocument.activeElement !== el.contentDocument.body) {
        frame = names[el.id] || el.id; doc = el.contentDocument; el = doc.activeElement;
      }
      if (!el || el === doc.body) { return {frame: frame, tag: 'body', text: '', shows: false,
          onScreen: false, id: '', cls: '', type: '', name: ''}; }
      var win = doc.defaultView, style = win.getComputedStyle(el), box = el.getBoundingClientRect();
      var text = (el.getAttribute('aria-label') || el.innerText || el.value || '').trim()
          .replace(/\\s+/g, ' ');
      if (el.labels && el.labels.length) { text = el.labels[0].innerText.trim(); }
      var outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      var cx = Math.min(Math.max(box.left + box.width / 2, 0), win.innerWidth - 1);
      var cy = Math.min(Math.max(box.top + box.height / 2, 0), win.innerHeight - 1);
      var top = doc.elementFromPoint(cx, cy);
      var uncovered = !!top && (top === el || el.contains(top) || top.contains(el)
          || (el.labels && Array.prototype.some.call(el.labels, function (l) { return l.contains(top); })));
      return {frame: frame, tag: el.tagName.toLowerCase(), id: el.id || '',
          cls: el.className || '', type: el.type || '', name: el.name || '', text: text,
          shows: outline, onScreen: box.width > 0 && box.height > 0 && box.bottom > 0
              && box.top < win.innerHeight && uncovered,
          box: [Math.round(box.top), Math.round(box.bottom), win.innerHeight],
          under: top ? top.tagName + '.' + top.className : null};
      """;

  Learner learner;

  @BeforeAll
  static void reduceMotion() {
    // Without smooth scrolling (the learner's own setting): a focused element is in view at once,
    // so the test can see where it is without waiting for an animation.
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
  }

  @BeforeEach
  void freshLearner() {
    server.reset();
    learner = new Learner(driver, server);
  }

  @Test
  void theShellHasLandmarksLabelsAndATabOrderThatFollowsTheScreen() throws Exception {
    server.serve(packages.unzipped("scorm2004"));
    learner.launchScorm("scorm2004");
    learner.shell();
    JsonNode shell =
        Learner.json(
            learner.script(
                """
                var q = function (s) { return document.querySelector(s); };
                var unnamed = Array.from(document.querySelectorAll('button, a[href]'))
                  .filter(function (b) { return !(b.getAttribute('aria-label') || b.textContent).trim(); })
                  .map(function (b) { return b.outerHTML; });
                return JSON.stringify({
                  lang: document.documentElement.lang,
                  banner: !!q('body > header'),
                  nav: q('nav') ? q('nav').getAttribute('aria-label') : null,
                  frameTitle: q('#ck-content').title,
                  status: q('#ck-status').getAttribute('role'),
                  skipTarget: !!q(q('.skip-link').getAttribute('href')),
                  unnamed: unnamed});
                """));
    assertThat(shell.path("lang").asText()).isEqualTo("en");
    assertThat(shell.path("banner").asBoolean()).isTrue();
    assertThat(shell.path("nav").asText()).isEqualTo("Course contents");
    assertThat(shell.path("frameTitle").asText()).isNotBlank();
    assertThat(shell.path("status").asText()).isEqualTo("status");
    assertThat(shell.path("skipTarget").asBoolean()).isTrue();
    assertThat(shell.path("unnamed")).isEmpty();

    // From the top of the LMS page: the shell's skip link first, then the bar, then the contents
    // in their order, then the page shown.
    List<String> order = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      JsonNode focus = press(Keys.TAB);
      if (focus.path("frame").asText().equals("content")) {
        assertThat(focus.path("text").asText()).isEqualTo("Skip to main content");
        assertThat(focus.path("onScreen").asBoolean()).as("content skip link on screen").isTrue();
        break;
      }
      assertThat(focus.path("frame").asText()).as(focus.toString()).isEqualTo("shell");
      assertFocusShows(focus);
      order.add(focus.path("text").asText());
    }
    List<String> expected = new ArrayList<>(List.of("Skip to the course content", "Next"));
    expected.add("Save and exit");
    packages
        .packageData()
        .get("pages")
        .forEach(
            p ->
                expected.add(
                    p.get("title").asText()
                        + " "
                        + (p.get("kind").asText().equals("module")
                            ? "Not done yet"
                            : p.get("kind").asText().equals("assessment")
                                ? "Opens when all modules are done"
                                : "")));
    assertThat(order).containsExactlyElementsOf(expected.stream().map(String::strip).toList());
    endSession();
  }

  /** Ends the session and waits for its last commit, so the next test starts with no record. */
  private void endSession() throws InterruptedException {
    learner.leave();
    server.awaitTerminated(0, WAIT);
  }

  @Test
  void aLearnerTakesTheWholeCourseAndPassesWithTheKeyboardOnly() throws Exception {
    server.serve(packages.unzipped("scorm2004"));
    learner.launchScorm("scorm2004");
    // The skip link goes straight to the page shown.
    assertThat(press(Keys.TAB).path("text").asText()).isEqualTo("Skip to the course content");
    press(Keys.ENTER);
    JsonNode inContent = press(Keys.TAB);
    assertThat(inContent.path("frame").asText()).isEqualTo("content");

    // Back to the contents, and the first module with Enter: the focus follows into the page.
    List<String> modules = packages.moduleIds();
    String firstTitle = packages.packageData().get("modules").get(0).get("title").asText();
    tabUntil(
        f ->
            f.path("frame").asText().equals("shell")
                && f.path("text").asText().startsWith(firstTitle),
        Keys.SHIFT,
        "the first module in the contents");
    press(Keys.ENTER);
    for (int m = 0; m < modules.size(); m++) {
      String module = modules.get(m);
      learner.until(
          () -> String.valueOf(learner.contentPath()).endsWith("/" + module + ".html"),
          "module " + module + " to open");
      learner.until(
          () -> focus().path("id").asText().equals("ck-main"), "the focus on the module's content");
      // End scrolls to the end of the page, as a learner reading with the keyboard does.
      press(Keys.END);
      learner.until(() -> moduleDone(module), "module " + module + " to count as read");
      // On through every link of the page to the "next" link at its end.
      tabUntil(
          f -> f.path("cls").asText().contains("pager-next"), null, "the next link of " + module);
      press(Keys.ENTER);
    }

    learner.until(
        () -> String.valueOf(learner.contentPath()).endsWith("/assessment.html"),
        "the assessment to open");
    tabUntil(f -> f.path("text").asText().equals("Start the assessment"), null, "the start button");
    press(Keys.ENTER);
    learner.until(() -> !learner.questionIds().isEmpty(), "the questions");
    JsonNode data = learner.assessmentData();
    List<String> ids = learner.questionIds();
    for (int q = 0; q < ids.size(); q++) {
      answer(q, item(data, ids.get(q)));
    }
    tabUntil(f -> f.path("text").asText().equals("Submit answers"), null, "the submit button");
    press(Keys.ENTER);
    learner.until(() -> focus().path("cls").asText().contains("ck-result"), "the result in focus");
    assertThat(learner.assessmentText()).contains("You passed").contains("Your score: 100%");
    assertThat(learner.runtimeErrors()).isEmpty();
    JsonNode passed =
        server.awaitCommit(c -> c.at("/cmi/success_status").asText().equals("passed"), WAIT);
    assertThat(passed.at("/cmi/completion_status").asText()).isEqualTo("completed");
    endSession();
  }

  /** Answers question {@code q} rightly with keys, starting from wherever the focus is. */
  private void answer(int q, JsonNode item) {
    String id = "ck-q" + (q + 1);
    Predicate<JsonNode> inQuestion = f -> f.path("id").asText().startsWith(id + "-");
    JsonNode key = item.get("key");
    switch (item.get("type").asText()) {
      case "single" -> {
        // Tab reaches the group on its first option; arrows move and choose.
        JsonNode focus = tabUntil(inQuestion, null, "question " + (q + 1));
        assertThat(focus.path("id").asText()).isEqualTo(id + "-o0");
        int correct = key.get("correct").get(0).asInt();
        press(Keys.SPACE);
        for (int k = 0; k < correct; k++) {
          assertFocusShows(press(Keys.ARROW_DOWN));
        }
      }
      case "multiple" -> {
        List<Integer> correct = new ArrayList<>();
        key.get("correct").forEach(k -> correct.add(k.asInt()));
        int options = item.get("options").size();
        for (int k = 0; k < options; k++) {
          String option = id + "-o" + k;
          tabUntil(f -> f.path("id").asText().equals(option), null, option);
          if (correct.contains(k)) {
            press(Keys.SPACE);
          }
        }
      }
      case "numeric", "short" -> {
        tabUntil(inQuestion, null, "question " + (q + 1));
        String text =
            item.get("type").asText().equals("numeric")
                ? key.get("value").asText()
                : key.get("accept").get(0).asText();
        new Actions(driver).sendKeys(text).perform();
      }
      case "matching" -> {
        JsonNode answers = key.get("answers");
        for (int r = 0; r < answers.size(); r++) {
          String row = id + "-r" + r;
          tabUntil(f -> f.path("id").asText().equals(row), null, row);
          // Option 0 is "Choose…"; choice c is c + 1 steps down.
          for (int c = 0; c <= answers.get(r).asInt(); c++) {
            press(Keys.ARROW_DOWN);
          }
        }
      }
      default -> throw new AssertionError("no way to answer a " + item.get("type") + " item");
    }
  }

  private static JsonNode item(JsonNode data, String id) {
    for (JsonNode item : data.get("items")) {
      if (item.get("id").asText().equals(id)) {
        return item;
      }
    }
    throw new AssertionError("no item " + id);
  }

  /**
   * Presses Tab (with {@code modifier}, e.g. Shift, or null) until the focus matches; every stop on
   * the way must show its focus. Returns where the focus is.
   */
  private JsonNode tabUntil(Predicate<JsonNode> wanted, Keys modifier, String what) {
    List<String> visited = new ArrayList<>();
    for (int i = 0; i < MOST_TABS; i++) {
      JsonNode focus = modifier == null ? press(Keys.TAB) : press(Keys.chord(modifier, Keys.TAB));
      if (!focus.path("frame").asText().equals("lms")) {
        assertFocusShows(focus);
      }
      visited.add(focus.path("frame").asText() + ":" + focus.path("text").asText());
      if (wanted.test(focus)) {
        return focus;
      }
    }
    throw new AssertionError("the keyboard never reached " + what + "; it visited " + visited);
  }

  private JsonNode press(CharSequence keys) {
    new Actions(driver).sendKeys(keys).perform();
    // The browser may restyle the newly focused element a frame later (a skip link moving into
    // view): wait until it is on screen, for a second at most, then report what is there.
    JsonNode focus = focus();
    long deadline = System.nanoTime() + 1_000_000_000L;
    while (!focus.path("onScreen").asBoolean() && System.nanoTime() < deadline) {
      new Actions(driver).pause(Duration.ofMillis(50)).perform();
      focus = focus();
    }
    return focus;
  }

  private JsonNode focus() {
    driver.switchTo().defaultContent();
    return Learner.json(learner.script("return JSON.stringify((function () {" + FOCUS + "})())"));
  }

  private boolean moduleDone(String module) {
    learner.shell();
    return (Boolean)
        learner.script(
            "return document.querySelector(\"a[data-ck-page='"
                + module
                + "']\")"
                + ".classList.contains('is-done')");
  }

  private static void assertFocusShows(JsonNode focus) {
    // Pages that take focus programmatically (main, the result) are not controls.
    if (focus.path("tag").asText().matches("main|section|p|body|iframe")) {
      return;
    }
    assertThat(focus.path("shows").asBoolean()).as("visible focus on " + focus).isTrue();
    assertThat(focus.path("onScreen").asBoolean()).as("focused and on screen: " + focus).isTrue();
  }
}
