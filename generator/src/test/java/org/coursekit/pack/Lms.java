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
  SCORM12(
      new Elements(
          "/core", "lesson_status", "lesson_status", "lesson_location", "student_response"),
      new Statuses("incomplete", "passed", "failed", "")) {
    @Override
    void assertFullScore(JsonNode cmi, double maxPoints) {
      JsonNode score = score(cmi);
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

  SCORM2004(
      new Elements("", "completion_status", "success_status", "location", "learner_response"),
      new Statuses("unknown", "completed", "completed", "normal")) {
    @Override
    void assertFullScore(JsonNode cmi, double maxPoints) {
      JsonNode score = score(cmi);
      assertThat(score.path("scaled").asDouble()).isEqualTo(1.0);
      assertThat(score.path("raw").asDouble()).isEqualTo(maxPoints, within(1e-9));
      assertThat(score.path("min").asText()).isEqualTo("0");
      assertThat(score.path("max").asDouble()).isEqualTo(maxPoints, within(1e-9));
    }

    @Override
    void assertObjectivePassed(JsonNode objective) {
      assertObjective(objective, "passed");
    }

    @Override
    void assertObjectiveNotJudged(JsonNode objective) {
      assertObjective(objective, "unknown");
    }

    private void assertObjective(JsonNode objective, String success) {
      assertThat(objective.path("success_status").asText())
          .as(objective.toString())
          .isEqualTo(success);
      assertThat(objective.path("completion_status").asText()).isEqualTo("completed");
      assertThat(objective.path("score").path("scaled").asDouble()).isEqualTo(1.0);
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

  /**
   * The version's element names: {@code session} points (JSON pointer from cmi) to where status,
   * exit, location, score and times are (cmi.core in 1.2, cmi itself in 2004); {@code response} is
   * an interaction's answer.
   */
  private record Elements(
      String session, String completion, String success, String location, String response) {}

  /**
   * The version's vocabulary: success before any judgement, completion once completed and passed,
   * completion once failed, and the exit value that lets the LMS close the attempt.
   */
  private record Statuses(
      String unknownSuccess, String completed, String failedCompletion, String normalExit) {}

  private final Elements elements;
  private final Statuses statuses;

  Lms(Elements elements, Statuses statuses) {
    this.elements = elements;
    this.statuses = statuses;
  }

  static Lms of(String version) {
    return "scorm12".equals(version) ? SCORM12 : SCORM2004;
  }

  /** The data model of a commit body. */
  JsonNode cmi(JsonNode commit) {
    return commit.path("cmi");
  }

  private String session(JsonNode cmi, String element) {
    return cmi.at(elements.session() + "/" + element).asText();
  }

  JsonNode score(JsonNode cmi) {
    return cmi.at(elements.session() + "/score");
  }

  String completion(JsonNode cmi) {
    return session(cmi, elements.completion());
  }

  String success(JsonNode cmi) {
    return session(cmi, elements.success());
  }

  /** What {@link #success} reads before any judgement. */
  String unknownSuccess() {
    return statuses.unknownSuccess();
  }

  /** What {@link #completion} reads once the course is completed and passed. */
  String completedValue() {
    return statuses.completed();
  }

  /** What {@link #completion} reads once the assessment is failed. */
  String failedCompletion() {
    return statuses.failedCompletion();
  }

  String exit(JsonNode cmi) {
    return session(cmi, "exit");
  }

  /** The exit value that lets the LMS close the attempt. */
  String normalExit() {
    return statuses.normalExit();
  }

  String location(JsonNode cmi) {
    return session(cmi, elements.location());
  }

  String scoreRaw(JsonNode cmi) {
    return score(cmi).path("raw").asText();
  }

  String sessionTime(JsonNode cmi) {
    return session(cmi, "session_time");
  }

  String totalTime(JsonNode cmi) {
    return session(cmi, "total_time");
  }

  String learnerResponse(JsonNode interaction) {
    return interaction.path(elements.response()).asText();
  }

  abstract void assertFullScore(JsonNode cmi, double maxPoints);

  abstract void assertObjectivePassed(JsonNode objective);

  /** Completed and scored, neither passed nor failed: the package did not judge the attempt. */
  abstract void assertObjectiveNotJudged(JsonNode objective);

  abstract String timeFormat();

  abstract double seconds(String time);

  /** The objectives by id. */
  Map<String, JsonNode> objectives(JsonNode cmi) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    cmi.path("objectives").forEach(o -> out.put(o.path("id").asText(), o));
    return out;
  }
}
