package org.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.coursekit.load.CourseLoader;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Item;
import org.coursekit.model.QuizBlock;
import org.coursekit.pack.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Opens the built example course in real headless Chromium (Debian's {@code chromium} and {@code
 * chromedriver}) and uses it the way a keyboard user would. Outside CI the test is skipped when
 * Chromium is not installed; in CI ({@code CI} set) a missing browser fails it.
 */
class BrowserSiteTest {

  @TempDir static Path output;
  @TempDir static Path profile;
  static WebDriver driver;
  static Course course;

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.assumeBrowserInstalled();
    ExampleCourse.buildSite(output);
    course = new CourseLoader().load(ExampleCourse.folder()).course();
    driver = HeadlessChromium.start(profile);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void landingPageOpensWithASkipLinkFirstInTabOrder() {
    open("index.html");
    assertThat(driver.getTitle()).contains(course.program().title());
    assertThat(script("return document.documentElement.lang")).isEqualTo("en");

    new Actions(driver).sendKeys(Keys.TAB).perform();
    WebElement first = active();
    assertThat(first.getTagName()).isEqualTo("a");
    String target = first.getAttribute("href");
    assertThat(target).contains("#");
    String id = target.substring(target.indexOf('#') + 1);
    assertThat(driver.findElements(org.openqa.selenium.By.id(id))).hasSize(1);
    assertThat(first.getText()).containsIgnoringCase("skip");
    assertThat(severeConsoleMessages()).isEmpty();
  }

  @Test
  void aLearnerAnswersAQuizWithTheKeyboardAndHearsTheFeedback() {
    CourseModule module = moduleWithSingleChoiceQuiz();
    Item item = quizItem(module);
    open("modules/" + module.id() + ".html");

    String form = "form.quiz[data-quiz-id='" + item.id() + "']";
    int correct = indexOfCorrectOption(item);
    int wrong = correct == 0 ? 1 : 0;

    // Tab from the top of the page into the quiz's radio group.
    tabUntil(form + " input[type=radio]");
    choose(wrong);
    tabUntil(form + " button.quiz-check");
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    WebElement feedback =
        driver.findElement(org.openqa.selenium.By.cssSelector(form + " .quiz-feedback"));
    assertThat(feedback.getAttribute("aria-live")).isIn("polite", "assertive");
    assertThat(feedback.getText()).contains(item.options().get(wrong).feedback().strip());
    assertThat(feedback.getText()).doesNotContain(item.options().get(correct).feedback().strip());

    // Back into the group (Shift+Tab), pick the right answer with the arrow keys, check again.
    new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    assertThat(active().getAttribute("type")).isEqualTo("radio");
    choose(correct);
    tabUntil(form + " button.quiz-check");
    new Actions(driver).sendKeys(Keys.SPACE).perform();
    assertThat(feedback.getText()).contains(item.options().get(correct).feedback().strip());
    assertThat(feedback.getText()).containsIgnoringCase("correct");
    assertThat(severeConsoleMessages()).isEmpty();
  }

  @Test
  void modulePagesFitAPhoneScreenWithoutSidewaysScrolling() {
    driver.manage().window().setSize(new Dimension(360, 740));
    try {
      for (CourseModule module : course.deliveryOrder()) {
        open("modules/" + module.id() + ".html");
        Number overflow =
            (Number)
                script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as(module.id()).isLessThanOrEqualTo(1);
        assertThat(severeConsoleMessages()).as(module.id()).isEmpty();
      }
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  /** Moves the checked radio in the focused group to {@code index} with arrow keys and Space. */
  private void choose(int index) {
    WebElement current = active();
    List<WebElement> radios =
        driver.findElements(
            org.openqa.selenium.By.cssSelector(
                "input[type=radio][name='" + current.getAttribute("name") + "']"));
    int position = radios.indexOf(current);
    Keys key = index >= position ? Keys.ARROW_DOWN : Keys.ARROW_UP;
    for (int i = 0; i < Math.abs(index - position); i++) {
      new Actions(driver).sendKeys(key).perform();
    }
    new Actions(driver).sendKeys(Keys.SPACE).perform();
    assertThat(radios.get(index).isSelected()).isTrue();
  }

  private void tabUntil(String css) {
    for (int i = 0; i < 400; i++) {
      if ((Boolean) script("return document.activeElement.matches(arguments[0])", css)) {
        return;
      }
      new Actions(driver).sendKeys(Keys.TAB).perform();
    }
    throw new AssertionError("Tab never reached " + css);
  }

  private CourseModule moduleWithSingleChoiceQuiz() {
    return course.deliveryOrder().stream()
        .filter(m -> m.quizzes().stream().anyMatch(q -> isSingleChoice(quizItemOf(q))))
        .findFirst()
        .orElseThrow();
  }

  private Item quizItem(CourseModule module) {
    return module.quizzes().stream()
        .map(this::quizItemOf)
        .filter(BrowserSiteTest::isSingleChoice)
        .findFirst()
        .orElseThrow();
  }

  private Item quizItemOf(QuizBlock quiz) {
    return quiz.item() != null ? quiz.item() : course.item(quiz.ref().id()).orElseThrow();
  }

  private static boolean isSingleChoice(Item item) {
    return "single".equals(item.type()) && item.options().size() >= 2;
  }

  private static int indexOfCorrectOption(Item item) {
    for (int i = 0; i < item.options().size(); i++) {
      if (item.options().get(i).correct()) {
        return i;
      }
    }
    throw new AssertionError("no key in " + item.id());
  }

  private void open(String page) {
    driver.get(output.resolve("site").resolve(page).toUri().toString());
  }

  private WebElement active() {
    return driver.switchTo().activeElement();
  }

  private Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  private List<String> severeConsoleMessages() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }
}
