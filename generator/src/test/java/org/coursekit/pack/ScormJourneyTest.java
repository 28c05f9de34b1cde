package org.coursekit.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Learner journeys through the example course's SCORM 1.2 and 2004 packages in headless Chromium,
 * with scorm-again (from npm) as the LMS: what scorm-again recorded is what a real LMS would store.
 * The packages are built by the real generator from the example course.
 */
class ScormJourneyTest extends LmsBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  Learner learner;
  Clock clock;

  @BeforeEach
  void freshLearner() {
    server.reset();
    learner = new Learner(driver, server);
    clock = new Clock(driver);
  }

  @AfterEach
  void clockBack() {
    if (clock != null) {
      clock.reset();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"scorm12", "scorm2004"})
  void completeAndPass(String version) throws Exception {
    Lms lms = Lms.of(version);
    server.serve(packages.unzipped(version));
    learner.launchScorm(version);
    assertThat(learner.connection()).isEqualTo("tracking");
    JsonNode first = lms.cmi(server.awaitCommit(c -> true, WAIT));
    assertThat(lms.completion(first)).isEqualTo("incomplete");
    assertThat(lms.success(first)).isEqualTo(lms.unknownSuccess());

    // Through the course with the shell's Next button, from the overview to the last module.
    for (String module : packages.moduleIds()) {
      learner.next();
      assertThat(learner.contentPath()).endsWith("/" + module + ".html");
      learner.readToEnd(module);
    }
    JsonNode afterModules = lms.cmi(server.commits().get(server.commits().size() - 1));
    // All content seen, the assessment not taken: still incomplete, no score, never "passed".
    assertThat(lms.completion(afterModules)).isEqualTo("incomplete");
    assertThat(lms.success(afterModules)).isEqualTo(lms.unknownSuccess());
    assertThat(lms.scoreRaw(afterModules)).isEmpty();

    // The last module's own "next" link leads to the assessment, not back into the shell.
    assertThat(learner.followPagerNext()).isEqualTo("Final exam");
    assertThat(learner.contentPath()).endsWith("/assessment.html");
    learner.startAttempt();
    assertThat(learner.questionIds()).hasSize(packages.drawCount());
    learner.answer(packages.drawCount(), true);
    assertThat(learner.submit()).contains("You passed").contains("Your score: 100%");
    JsonNode end = saveAndExit(lms, 0);
    assertThat(learner.runtimeErrors()).isEmpty();
    assertThat(learner.lmsErrors()).isEmpty();
    assertThat(lms.completion(end)).isEqualTo(lms.completedValue());
    assertThat(lms.success(end)).isEqualTo("passed");
    assertThat(lms.exit(end)).isEqualTo(lms.normalExit());
    lms.assertFullScore(end, packages.maxPoints());
    // Every objective of the course, by its id, with its module completed and its items passed.
    Map<String, JsonNode> objectives = lms.objectives(end);
    assertThat(objectives).containsOnlyKeys(packages.objectiveIds());
    objectives.values().forEach(o -> lms.assertObjectivePassed(o));
    assertThat(state(end)).contains("|p|7ps|"); // state passed, score 10000 basis points
    // Answers are not reported as interactions unless the package opts in.
    assertThat(end.path("interactions").size()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"scorm12", "scorm2004"})
  void withTheInPersonPracticalTheLmsRecordsTheOnlinePartButNoResult(String version)
      throws Exception {
    // The example course as declared: its result adds the in-person practical's score.
    Lms lms = Lms.of(version);
    readTheCourseAndOpenTheAssessment(packages.unzippedAsDeclared(version), version);
    assertThat(learner.assessmentText())
        .contains("Also required: Practical receipt check, taken in person, not here")
        .doesNotContain("Pass mark");
    learner.startAttempt();
    learner.answer(packages.drawCount(), true);
    String result = learner.submit();
    // Full marks online, and still no "passed": the practical decides with it.
    assertThat(result)
        .contains("Your answers are recorded")
        .contains("Your score: 100%")
        .contains("pass mark: 80% of the combined points")
        .doesNotContain("You passed")
        .doesNotContain("You can retake");
    learner.shell();
    assertThat(
            driver
                .findElement(By.cssSelector("a[data-ck-page='" + packages.assessmentId() + "']"))
                .getText())
        .contains("Submitted")
        .doesNotContain("Passed");
    JsonNode end = saveAndExit(lms, 0);
    assertThat(lms.completion(end)).isEqualTo("completed");
    assertThat(lms.success(end)).isEqualTo(version.equals("scorm12") ? "completed" : "unknown");
    lms.assertFullScore(end, packages.maxPoints());
    // Nothing more happens in the package: the LMS may close the attempt.
    assertThat(lms.exit(end)).isEqualTo(lms.normalExit());
    Map<String, JsonNode> objectives = lms.objectives(end);
    assertThat(objectives).containsOnlyKeys(packages.objectiveIds());
    objectives.values().forEach(o -> lms.assertObjectiveNotJudged(o));
  }

  @ParameterizedTest
  @ValueSource(strings = {"scorm12", "scorm2004"})
  void failKeepsAttemptsOpenAndRecordsTheScore(String version) throws Exception {
    Lms lms = Lms.of(version);
    startTheAssessment(packages.unzipped(version), version);
    learner.answer(packages.drawCount(), false);
    String result = learner.submit();
    assertThat(result).contains("You did not pass").contains("Your score: 0%");
    // The program waits 7 days between attempts.
    assertThat(result).contains("You can take the assessment again from");
    assertThat(learner.runtimeErrors()).isEmpty();
    assertThat(learner.lmsErrors()).isEmpty();
    JsonNode end = leave(lms, 0);
    assertThat(lms.completion(end)).isEqualTo(lms.failedCompletion());
    assertThat(lms.success(end)).isEqualTo("failed");
    assertThat(lms.scoreRaw(end)).isEqualTo("0");
    // Two attempts left: the LMS must keep the attempt open.
    assertThat(lms.exit(end)).isEqualTo("suspend");
    assertThat(state(end)).contains("|1|f|0|");
  }

  @ParameterizedTest
  @ValueSource(strings = {"scorm12", "scorm2004"})
  void leaveMidwayAndResumeAtTheBookmarkWithAnswersKept(String version) throws Exception {
    Lms lms = Lms.of(version);
    startTheAssessment(packages.unzipped(version), version);
    List<String> order = learner.questionIds();
    learner.answer(7, true);
    List<String> answered = learner.answersOnScreen();
    JsonNode left = leave(lms, 0);
    int mark = server.commitCount();
    assertThat(lms.exit(left)).isEqualTo("suspend");
    assertThat(lms.completion(left)).isEqualTo("incomplete");
    assertThat(lms.scoreRaw(left)).isEmpty(); // leaving without submitting is never a zero
    assertThat(lms.location(left)).isEqualTo(packages.assessmentId());
    assertThat(state(left)).contains("|i|");

    learner.launchScorm(version);
    assertThat(learner.contentPath()).endsWith("/assessment.html");
    assertThat(learner.questionIds()).isEqualTo(order);
    assertThat(learner.answersOnScreen()).isEqualTo(answered);
    assertThat(learner.view().path("progress").asDouble()).isEqualTo(0.8, within(1e-9));
    // Finishing the resumed attempt counts as the first attempt, with the answers kept counting.
    learner.answer(packages.drawCount(), true);
    assertThat(learner.submit()).contains("Your score: 100%").contains("1 used");
    JsonNode end = saveAndExit(lms, mark);
    assertThat(lms.success(end)).isEqualTo("passed");
    lms.assertFullScore(end, packages.maxPoints());
  }

  @ParameterizedTest
  @ValueSource(strings = {"scorm12", "scorm2004"})
  void retakeAfterAFailOnceTheWaitIsOver(String version) throws Exception {
    Lms lms = Lms.of(version);
    startTheAssessment(packages.unzipped(version), version);
    List<String> firstDraw = learner.questionIds();
    learner.answer(packages.drawCount(), false);
    learner.submit();
    leave(lms, 0);

    // Six days later: still waiting.
    clock.shiftDays(6);
    int mark = server.commitCount();
    learner.launchScorm(version);
    learner.open(packages.assessmentId());
    assertThat(learner.assessmentText()).contains("You can take the assessment again from");
    leave(lms, mark);

    // Eight days later: a new attempt, drawn anew.
    clock.shiftDays(8);
    int before = server.commitCount();
    learner.launchScorm(version);
    learner.open(packages.assessmentId());
    assertThat(learner.assessmentText()).contains("Retake the assessment");
    learner.startAttempt();
    assertThat(learner.questionIds()).containsExactlyInAnyOrderElementsOf(firstDraw);
    assertThat(learner.questionIds()).isNotEqualTo(firstDraw);
    learner.answer(packages.drawCount(), true);
    assertThat(learner.submit()).contains("You passed").contains("2 used");
    JsonNode end = saveAndExit(lms, before);
    assertThat(lms.completion(end)).isEqualTo(lms.completedValue());
    assertThat(lms.success(end)).isEqualTo("passed");
    lms.assertFullScore(end, packages.maxPoints());
    assertThat(lms.exit(end)).isEqualTo(lms.normalExit());
    assertThat(state(end)).contains("|2|p|7ps|");
  }

  @ParameterizedTest
  @ValueSource(strings = {"scorm12", "scorm2004"})
  void sessionTimeAccumulatesAcrossSessions(String version) throws Exception {
    Lms lms = Lms.of(version);
    server.serve(packages.unzipped(version));
    // The learner spends 1 h 30 min, then 2 h 5 min (the shell's session clock is moved on, so
    // nothing waits); what the sessions really took on this machine comes on top.
    List<Duration> spent = List.of(Duration.ofMinutes(90), Duration.ofMinutes(125));
    List<Double> sessions = new ArrayList<>();
    List<Double> measured = new ArrayList<>();
    for (int session = 0; session < 2; session++) {
      int before = server.commitCount();
      long start = System.nanoTime();
      learner.launchScorm(version);
      learner.open(packages.moduleIds().get(session));
      learner.shell();
      clock.advanceCurrentPage(spent.get(session));
      learner.leave();
      measured.add((System.nanoTime() - start) / 1e9 + spent.get(session).toSeconds());
      JsonNode end = lms.cmi(server.awaitTerminated(before, WAIT));
      sessions.add(lms.seconds(lms.sessionTime(end)));
      assertThat(lms.sessionTime(end)).matches(lms.timeFormat());
      if (session == 1) {
        double total = lms.seconds(lms.totalTime(end));
        assertThat(total).isCloseTo(sessions.get(0) + sessions.get(1), within(0.011));
      }
    }
    for (int i = 0; i < 2; i++) {
      assertThat(sessions.get(i))
          .isGreaterThanOrEqualTo(spent.get(i).toSeconds())
          .isLessThanOrEqualTo(measured.get(i));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"scorm12", "scorm2004"})
  void answersAreReportedAsInteractionsWhenOptedIn(String version) throws Exception {
    Lms lms = Lms.of(version);
    startTheAssessment(packages.unzippedWithInteractions(version), version);
    List<String> order = learner.questionIds();
    learner.answer(packages.drawCount(), true);
    learner.submit();
    JsonNode end = saveAndExit(lms, 0);
    JsonNode interactions = end.path("interactions");
    List<String> ids = new ArrayList<>();
    interactions.forEach(i -> ids.add(i.path("id").asText()));
    assertThat(ids).isEqualTo(order);
    Map<String, String> types =
        Map.of(
            "single", "choice",
            "multiple", "choice",
            "numeric", "numeric",
            "short", "fill-in",
            "matching", "matching");
    interactions.forEach(
        i -> {
          String id = i.path("id").asText();
          assertThat(i.path("result").asText()).as(id).isEqualTo("correct");
          assertThat(i.path("type").asText()).as(id).isEqualTo(types.get(packages.itemType(id)));
          assertThat(i.path("objectives").path("0").path("id").asText())
              .as(id)
              .isEqualTo(packages.itemObjectives(id).get(0));
          String response = lms.learnerResponse(i);
          assertThat(response).as(id).isNotEmpty();
          assertThat(i.path("correct_responses").path("0").path("pattern").asText())
              .as(id)
              .isNotEmpty();
        });
  }

  @Test
  void whenTheTimeIsUpTheAnswersSoFarAreSubmitted() throws Exception {
    // The example's 75 minutes pass on the assessment page's clock, not on the test's: however
    // slow the machine, the answers are given well before the limit and the timer then fires.
    Lms lms = Lms.SCORM2004;
    assertThat(packages.timeLimitMinutes()).isEqualTo(75);
    startTheAssessment(packages.unzipped("scorm2004"), "scorm2004");
    learner.answer(2, true);
    assertThat(learner.assessmentText()).doesNotContain("Time is up").doesNotContain("Your score");
    learner.content();
    clock.advanceCurrentPage(Duration.ofMinutes(71));
    // The warning is spoken at once (aria-live turns assertive) and stays so.
    learner.until(
        () -> {
          learner.content();
          return "assertive"
              .equals(learner.script("return document.querySelector('.ck-timer').ariaLive"));
        },
        "the five-minute warning");
    assertThat(learner.assessmentText()).doesNotContain("Time is up");
    learner.content();
    clock.advanceCurrentPage(Duration.ofMinutes(4));
    learner.until(
        () -> learner.assessmentText().contains("Time is up"),
        "the time limit to submit the attempt");
    assertThat(learner.assessmentText()).contains("You did not pass");
    JsonNode end = saveAndExit(lms, 0);
    assertThat(lms.success(end)).isEqualTo("failed");
    // The two answers given count: each item is worth at least one point.
    assertThat(end.path("score").path("raw").asDouble()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void outsideAnLmsTheCourseOpensAndSaysNothingIsRecorded() {
    server.serve(packages.unzipped("scorm2004"));
    driver.switchTo().defaultContent();
    driver.get(server.base() + "/pkg/index.html");
    learner.until(
        () ->
            "offline"
                .equals(
                    learner.script(
                        "return document.documentElement.getAttribute('data-ck-ready')")),
        "the shell to give up on finding an LMS");
    assertThat(driver.findElement(By.id("ck-status")).getText())
        .contains("not connected to a learning system");
    learner.leave();
  }

  @Test
  void onAPhoneTheContentsOpenFromTheMenuAndNothingScrollsSideways() throws Exception {
    server.serve(packages.unzipped("scorm12"));
    driver.manage().window().setSize(new Dimension(360, 740));
    try {
      learner.launchScorm("scorm12");
      learner.shell();
      WebElement menu = driver.findElement(By.cssSelector(".ck-shell-menu"));
      WebElement contents = driver.findElement(By.id("ck-shell-nav"));
      assertThat(contents.isDisplayed()).isFalse();
      menu.click();
      assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
      assertThat(contents.isDisplayed()).isTrue();
      String module = packages.moduleIds().get(0);
      driver.findElement(By.cssSelector("a[data-ck-page='" + module + "']")).click();
      learner.until(
          () -> String.valueOf(learner.contentPath()).endsWith("/" + module + ".html"),
          "the module to open");
      assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
      assertThat(sidewaysOverflow()).isLessThanOrEqualTo(1);
      learner.content();
      assertThat(sidewaysOverflow()).isLessThanOrEqualTo(1);
      leave(Lms.SCORM12, 0);
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  /** Launches the package at {@code root}, reads every module and opens the assessment. */
  private void readTheCourseAndOpenTheAssessment(Path root, String version) {
    server.serve(root);
    learner.launchScorm(version);
    learner.readModules(packages.moduleIds());
    learner.open(packages.assessmentId());
  }

  /** As {@link #readTheCourseAndOpenTheAssessment}, then starts an attempt. */
  private void startTheAssessment(Path root, String version) {
    readTheCourseAndOpenTheAssessment(root, version);
    learner.startAttempt();
  }

  /**
   * The learner's "Save and exit" after a session without errors; returns what the LMS recorded
   * when the session ended (its last commit after the first {@code mark} ones).
   */
  private JsonNode saveAndExit(Lms lms, int mark) throws InterruptedException {
    assertThat(learner.runtimeErrors()).isEmpty();
    assertThat(learner.lmsErrors()).isEmpty();
    learner.saveAndExit();
    return lms.cmi(server.awaitTerminated(mark, WAIT));
  }

  /** The learner closes the window; returns what the LMS recorded when the session ended. */
  private JsonNode leave(Lms lms, int mark) throws InterruptedException {
    learner.leave();
    return lms.cmi(server.awaitTerminated(mark, WAIT));
  }

  private int sidewaysOverflow() {
    return ((Number)
            learner.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
        .intValue();
  }

  private static String state(JsonNode cmi) {
    return cmi.path("suspend_data").asText();
  }
}
