package org.coursekit.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The example course's cmi5 package in headless Chromium, launched the way a cmi5 LMS does (launch
 * parameters, LMS.LaunchData, a one-time fetch URL, the "launched" statement), against an LRS stub
 * that records what the AU sends.
 */
class Cmi5JourneyTest extends LmsBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String PUBLISHER_ID = "urn:coursekit:cgt-product-handling:au";
  private static final String SESSION_ID =
      "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
  private static final String MASTERY =
      "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
  private static final String CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
  private static final String MOVE_ON = "https://w3id.org/xapi/cmi5/context/categories/moveon";

  Learner learner;

  final String registration = UUID.randomUUID().toString();
  final String activityId = "https://lms.example.org/activities/" + UUID.randomUUID();
  final ObjectNode actor = actor();

  @BeforeEach
  void freshLearner() {
    server.reset();
    learner = new Learner(driver, server);
  }

  @Test
  void passingSendsInitializedPassedCompletedTerminatedInOrder() throws Exception {
    server.serve(packages.unzippedWithInteractions("cmi5"));
    String session = launch();
    learner.readModules(packages.moduleIds());
    learner.open(packages.assessmentId());
    learner.startAttempt();
    learner.answer(packages.drawCount(), true);
    assertThat(learner.submit()).contains("You passed");
    assertThat(learner.runtimeErrors()).isEmpty();
    learner.saveAndExit();
    server.awaitStatement("terminated", WAIT);
    learner.until(
        () -> driver.getCurrentUrl().endsWith("/lms/returned.html"), "the AU to go to returnURL");

    List<JsonNode> all = inTimeOrder();
    // With interactions on, each answer is a "cmi5 allowed" statement inside the session.
    List<JsonNode> answers = all.stream().filter(s -> verb(s).equals("answered")).toList();
    assertThat(answers).hasSize(packages.drawCount());
    for (JsonNode answer : answers) {
      assertThat(categories(answer)).doesNotContain(CMI5);
      assertThat(answer.at("/context/registration").asText()).isEqualTo(registration);
      assertThat(answer.at("/context/extensions").path(SESSION_ID).asText()).isEqualTo(session);
      assertThat(answer.at("/context/contextActivities/parent/0/id").asText())
          .isEqualTo(activityId);
      assertThat(answer.at("/result/success").asBoolean()).isTrue();
      assertThat(answer.at("/object/definition/interactionType").asText())
          .isIn("choice", "numeric", "fill-in", "matching");
    }
    assertThat(all.indexOf(answers.get(0))).isGreaterThan(1);
    List<JsonNode> statements = all.stream().filter(s -> !verb(s).equals("answered")).toList();
    assertThat(verbs(statements))
        .containsExactly("launched", "initialized", "passed", "completed", "terminated");
    assertThat(all.get(all.size() - 1)).isEqualTo(statements.get(4));
    for (JsonNode s : statements.subList(1, statements.size())) {
      assertCmi5Defined(s, session);
    }
    JsonNode passed = statements.get(2);
    assertThat(passed.at("/result/success").asBoolean()).isTrue();
    assertThat(passed.at("/result/score/scaled").asDouble()).isEqualTo(1.0);
    assertThat(passed.at("/result/score/raw").asDouble()).isEqualTo(packages.maxPoints());
    assertThat(passed.at("/result/duration").asText()).startsWith("PT");
    assertThat(passed.path("context").path("extensions").path(MASTERY).asDouble()).isEqualTo(0.8);
    assertThat(categories(passed)).contains(MOVE_ON);
    JsonNode completed = statements.get(3);
    assertThat(completed.at("/result/completion").asBoolean()).isTrue();
    assertThat(completed.at("/result/duration").asText()).startsWith("PT");
    assertThat(completed.path("result").has("score")).isFalse();
    assertThat(categories(completed)).contains(MOVE_ON);
    JsonNode terminated = statements.get(4);
    assertThat(terminated.at("/result/duration").asText()).matches("PT.*S");
    assertThat(categories(terminated)).doesNotContain(MOVE_ON);
    assertThat(categories(statements.get(1))).doesNotContain(MOVE_ON);
    assertThat(server.fetchCalls()).isEqualTo(1);
  }

  @Test
  void failingThenComingBackResumesFromTheStateApiWithoutRepeatingCompleted() throws Exception {
    server.serve(packages.unzipped("cmi5"));
    String first = launch();
    learner.readModules(packages.moduleIds());
    learner.open(packages.assessmentId());
    learner.startAttempt();
    learner.answer(packages.drawCount(), false);
    assertThat(learner.submit()).contains("You did not pass");
    learner.leave(); // closing the window: Terminated leaves with the page
    server.awaitStatement("terminated", WAIT);

    List<JsonNode> statements = inTimeOrder();
    assertThat(verbs(statements))
        .containsExactly("launched", "initialized", "failed", "completed", "terminated");
    statements.subList(1, statements.size()).forEach(s -> assertCmi5Defined(s, first));
    JsonNode failed = statements.get(2);
    assertThat(failed.at("/result/success").asBoolean()).isFalse();
    assertThat(failed.at("/result/score/scaled").asDouble()).isLessThan(0.8);
    assertThat(server.state("coursekit.suspendData")).contains("|1|f|0|");

    int before = server.statements().size();
    String second = launch();
    assertThat(second).isNotEqualTo(first);
    assertThat(learner.contentPath()).endsWith("/assessment.html");
    assertThat(learner.assessmentText()).contains("You can take the assessment again from");
    learner.saveAndExit();
    learner.until(
        () ->
            server.statements().stream()
                    .filter(r -> verb(r.statement()).equals("terminated"))
                    .count()
                == 2,
        "the second session's terminated statement");
    List<JsonNode> again = new ArrayList<>();
    server
        .statements()
        .subList(before, server.statements().size())
        .forEach(r -> again.add(r.statement()));
    again.sort(Comparator.comparing(s -> Instant.parse(s.path("timestamp").asText())));
    // "completed" is sent once per registration, not again in the second session.
    assertThat(verbs(again)).containsExactly("launched", "initialized", "terminated");
    again.subList(1, again.size()).forEach(s -> assertCmi5Defined(s, second));
  }

  @Test
  void withTheInPersonPracticalTheScoreIsSentButNeitherPassedNorFailed() throws Exception {
    // The example course as declared: cmi5.xml has moveOn="Completed" and no masteryScore.
    server.serve(packages.unzippedAsDeclared("cmi5"));
    String session = launch("Completed", null);
    learner.readModules(packages.moduleIds());
    learner.open(packages.assessmentId());
    learner.startAttempt();
    learner.answer(packages.drawCount(), true);
    assertThat(learner.submit()).contains("Your answers are recorded").doesNotContain("You passed");
    assertThat(learner.runtimeErrors()).isEmpty();
    learner.saveAndExit();
    server.awaitStatement("terminated", WAIT);

    List<JsonNode> statements = inTimeOrder();
    assertThat(verbs(statements))
        .containsExactly("launched", "initialized", "scored", "completed", "terminated");
    for (JsonNode s : statements.subList(1, statements.size())) {
      if (verb(s).equals("scored")) {
        // A "cmi5 allowed" statement: the score reaches the LRS for the course team.
        assertThat(categories(s)).doesNotContain(CMI5);
        assertThat(s.at("/context/registration").asText()).isEqualTo(registration);
        assertThat(s.at("/context/extensions").path(SESSION_ID).asText()).isEqualTo(session);
        assertThat(s.at("/result/score/scaled").asDouble()).isEqualTo(1.0);
        assertThat(s.at("/result/score/raw").asDouble()).isEqualTo(packages.maxPoints());
        assertThat(s.at("/result").has("success")).isFalse();
      } else {
        assertCmi5Defined(s, session);
      }
    }
    assertThat(statements.get(3).at("/result/completion").asBoolean()).isTrue();
  }

  /** Does what the LMS does before a launch, opens the AU and returns the session id. */
  private String launch() throws Exception {
    return launch("CompletedAndPassed", 0.8);
  }

  /** A launch with the moveOn and masteryScore (null: none) the LMS read from cmi5.xml. */
  private String launch(String moveOn, Double masteryScore) throws Exception {
    String session = UUID.randomUUID().toString();
    ObjectNode template = JSON.createObjectNode();
    template
        .putObject("contextActivities")
        .putArray("grouping")
        .addObject()
        .put("id", PUBLISHER_ID);
    template.putObject("extensions").put(SESSION_ID, session);
    ObjectNode launchData = JSON.createObjectNode();
    launchData.set("contextTemplate", template);
    launchData.put("launchMode", "Normal");
    launchData.put("moveOn", moveOn);
    if (masteryScore != null) {
      launchData.put("masteryScore", masteryScore);
    }
    launchData.put("returnURL", server.base() + "/lms/returned.html");
    server.putState(
        "LMS.LaunchData", activityId, actor.toString(), registration, launchData.toString());
    ObjectNode launched = JSON.createObjectNode();
    launched.put("id", UUID.randomUUID().toString());
    launched.set("actor", actor);
    launched.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/launched");
    launched.putObject("object").put("id", activityId);
    ObjectNode context = template.deepCopy();
    context.put("registration", registration);
    launched.set("context", context);
    launched.put("timestamp", Instant.now().toString());
    server.lmsStatement(launched);
    server.newSession();
    String fetch = server.base() + "/lms/fetch?k=" + session;
    learner.launchCmi5(
        "endpoint="
            + encode(server.base() + "/lrs/")
            + "&fetch="
            + encode(fetch)
            + "&actor="
            + encode(actor.toString())
            + "&registration="
            + encode(registration)
            + "&activityId="
            + encode(activityId));
    assertThat(learner.connection()).isEqualTo("tracking");
    return session;
  }

  private void assertCmi5Defined(JsonNode statement, String session) {
    String verb = verb(statement);
    assertThat(statement.path("id").asText()).as(verb).matches("[0-9a-f-]{36}");
    assertThat(statement.path("actor")).as(verb).isEqualTo(actor);
    assertThat(statement.at("/object/id").asText()).as(verb).isEqualTo(activityId);
    assertThat(statement.at("/context/registration").asText()).as(verb).isEqualTo(registration);
    assertThat(statement.at("/context/extensions").path(SESSION_ID).asText())
        .as(verb)
        .isEqualTo(session);
    assertThat(statement.at("/context/contextActivities/grouping/0/id").asText())
        .as(verb)
        .isEqualTo(PUBLISHER_ID);
    assertThat(categories(statement)).as(verb).contains(CMI5);
    assertThat(Instant.parse(statement.path("timestamp").asText())).as(verb).isNotNull();
    // Only passed and failed may carry a score.
    if (!verb.equals("passed") && !verb.equals("failed")) {
      assertThat(statement.path("result").has("score")).as(verb).isFalse();
    }
  }

  private List<JsonNode> inTimeOrder() {
    List<JsonNode> out = new ArrayList<>();
    server.statements().forEach(r -> out.add(r.statement()));
    out.sort(Comparator.comparing(s -> Instant.parse(s.path("timestamp").asText())));
    return out;
  }

  private static List<String> verbs(List<JsonNode> statements) {
    return statements.stream().map(Cmi5JourneyTest::verb).toList();
  }

  private static String verb(JsonNode statement) {
    String id = statement.at("/verb/id").asText();
    return id.substring(id.lastIndexOf('/') + 1);
  }

  private static List<String> categories(JsonNode statement) {
    List<String> ids = new ArrayList<>();
    statement
        .at("/context/contextActivities/category")
        .forEach(c -> ids.add(c.path("id").asText()));
    return ids;
  }

  private static ObjectNode actor() {
    ObjectNode actor = JSON.createObjectNode();
    actor.put("objectType", "Agent");
    actor.putObject("account").put("homePage", "https://lms.example.org").put("name", "learner-1");
    return actor;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
