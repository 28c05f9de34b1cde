package org.coursekit.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where scorm-again keeps each thing in a SCORM 1.2 or 2004 commit, so one journey reads both.
 * SCORM 1.2 has one status (cmi.core.lesson_status) for completion and success alike.
 */
enum Lms {
  SCORM12 {
    @Override
    String completion(JsonNode cmi) {
      return cmi.path("core").path("lesson_status").asText();
    }

    @Override
    String success(JsonNode cmi) {
      return completion(cmi);
    }

    @Override
    String unknownSuccess() {
      return "incomplete";
    }

    @Override
    String completedValue() {
      return "passed";
    }

    @Override
    String failedCompletion() {
      return "failed";
    }

    @Override
    String exit(JsonNode cmi) {
      return cmi.path("core").path("exit").asText();
    }

    @Override
    String normalExit() {
      return "";
    }

    @Override
    String location(JsonNode cmi) {
      return cmi.path("core").path("lesson_location").asText();
    }

    @Override
    String scoreRaw(JsonNode cmi) {
      return cmi.path("core").path("score").path("raw").asText();
    }

    @Override
    void assertFullScore(JsonNode cmi, double maxPoints) {
      JsonNode score = cmi.path("core").path("score");
      // A percentage: 1.2 LMSs compare it with adlcp:masteryscore.
      assertThat(score.path("raw").asText()).isEqualTo("100");
      assertThat(score.path("min").asText()).isEqualTo("0");
      assertThat(score.path("max").asText()).isEqualTo("100");
    }

    @Override
    void assertObjectivePassed(JsonNode objective) {
      assertThat(objective.path("status").asText()).as(objective.toString()).isEqualTo("passed");
      assertThat(objective.path("score").path("raw").asText()).isEqualTo("100");
    }

    @Override
    void assertObjectiveNotJudged(JsonNode objective) {
      assertThat(objective.path("status").asText()).as(objective.toString()).isEqualTo("completed");
      assertThat(objective.path("score").path("raw").asText()).isEqualTo("100");
    }

    @Override
    String learnerResponse(JsonNode interaction) {
      return interaction.path("student_response").asText();
    }

    @Override
    String sessionTime(JsonNode cmi) {
      return cmi.path("core").path("session_time").asText();
    }

    @Override
    String totalTime(JsonNode cmi) {
      return cmi.path("core").path("total_time").asText();
    }

    @Override
    String timeFormat() {
      return "\\d{2,4}:\\d{2}:\\d{2}(\\.\\d{1,2})?";
    }

    @Override
    double seconds(String time) {
      String[] parts = time.split(":");
      return Integer.parseInt(parts[0]) * 3600
          + Integer.parseInt(parts[1]) * 60
          + Double.parseDouble(parts[2]);
    }
  },

  SCORM2004 {
    @Override
    String completion(JsonNode cmi) {
      return cmi.path("completion_status").asText();
    }

    @Override
    String success(JsonNode cmi) {
      return cmi.path("success_status").asText();
    }

    @Override
    String unknownSuccess() {
      return "unknown";
    }

    @Override
    String completedValue() {
      return "completed";
    }

    @Override
    String failedCompletion() {
      return "completed";
    }

    @Override
    String exit(JsonNode cmi) {
      return cmi.path("exit").asText();
    }

    @Override
    String normalExit() {
      return "normal";
    }

    @Override
    String location(JsonNode cmi) {
      return cmi.path("location").asText();
    }

    @Override
    String scoreRaw(JsonNode cmi) {
      return cmi.path("score").path("raw").asText();
    }

    @Override
    void assertFullScore(JsonNode cmi, double maxPoints) {
      JsonNode score = cmi.path("score");
      assertThat(score.path("scaled").asDouble()).isEqualTo(1.0);
      assertThat(score.path("raw").asDouble()).isEqualTo(maxPoints, within(1e-9));
      assertThat(score.path("min").asText()).isEqualTo("0");
      assertThat(score.path("max").asDouble()).isEqualTo(maxPoints, within(1e-9));
    }

    @Override
    void assertObjectivePassed(JsonNode objective) {
      assertThat(objective.path("success_status").asText())
          .as(objective.toString())
          .isEqualTo("passed");
      assertThat(objective.path("completion_status").asText()).isEqualTo("completed");
      assertThat(objective.path("score").path("scaled").asDouble()).isEqualTo(1.0);
    }

    @Override
    void assertObjectiveNotJudged(JsonNode objective) {
      assertThat(objective.path("success_status").asText())
          .as(objective.toString())
          .isEqualTo("unknown");
      assertThat(objective.path("completion_status").asText()).isEqualTo("completed");
      assertThat(objective.path("score").path("scaled").asDouble()).isEqualTo(1.0);
    }

    @Override
    String learnerResponse(JsonNode interaction) {
      return interaction.path("learner_response").asText();
    }

    @Override
    String sessionTime(JsonNode cmi) {
      return cmi.path("session_time").asText();
    }

    @Override
    String totalTime(JsonNode cmi) {
      return cmi.path("total_time").asText();
    }

    @Override
    String timeFormat() {
      return "PT(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,2})?S)?";
    }

    @Override
    double seconds(String time) {
      Matcher m =
          Pattern.compile("P(?:(\\d+)D)?T?(?:(\\d+)H)?(?:(\\d+)M)?(?:([\\d.]+)S)?").matcher(time);
      if (!m.matches()) {
        throw new AssertionError("not an ISO 8601 duration: " + time);
      }
      return number(m.group(1)) * 86400
          + number(m.group(2)) * 3600
          + number(m.group(3)) * 60
          + number(m.group(4));
    }

    private double number(String group) {
      return group == null ? 0 : Double.parseDouble(group);
    }
  };

  static Lms of(String version) {
    return "scorm12".equals(version) ? SCORM12 : SCORM2004;
  }

  /** The data model of a commit body. */
  JsonNode cmi(JsonNode commit) {
    return commit.path("cmi");
  }

  abstract String completion(JsonNode cmi);

  abstract String success(JsonNode cmi);

  /** What {@link #success} reads before any judgement. */
  abstract String unknownSuccess();

  /** What {@link #completion} reads once the course is completed and passed. */
  abstract String completedValue();

  /** What {@link #completion} reads once the assessment is failed. */
  abstract String failedCompletion();

  abstract String exit(JsonNode cmi);

  /** The exit value that lets the LMS close the attempt. */
  abstract String normalExit();

  abstract String location(JsonNode cmi);

  abstract String scoreRaw(JsonNode cmi);

  abstract void assertFullScore(JsonNode cmi, double maxPoints);

  abstract void assertObjectivePassed(JsonNode objective);

  /** Completed and scored, neither passed nor failed: the package did not judge the attempt. */
  abstract void assertObjectiveNotJudged(JsonNode objective);

  abstract String learnerResponse(JsonNode interaction);

  abstract String sessionTime(JsonNode cmi);

  abstract String totalTime(JsonNode cmi);

  abstract String timeFormat();

  abstract double seconds(String time);

  /** The objectives by id. */
  Map<String, JsonNode> objectives(JsonNode cmi) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    cmi.path("objectives").forEach(o -> out.put(o.path("id").asText(), o));
    return out;
  }
}
