package org.coursekit.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.coursekit.history.ReleaseVersion;
import org.coursekit.model.Assessment;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Item;
import org.coursekit.model.Objective;
import org.coursekit.model.Outcome;

/**
 * The release guard's findings: REL-001 to REL-005 (see README, "Reviewing changes and updating a
 * live course").
 */
final class ReleaseFindings {

  static final String RECYCLED_ID = "REL-001";
  static final String VERSION_BUMP = "REL-002";
  static final String TRACKING_BREAKING = "REL-003";
  static final String PREVIOUS_UNREADABLE = "REL-004";
  static final String SUMMARY = "REL-005";

  private static final String PROGRAM = "program.yml";
  private static final int SHOWN = 3;

  private ReleaseFindings() {}

  static Finding recycled(Course course, RecycledId id, String release) {
    return Finding.error(
        RECYCLED_ID,
        position(course, id.subject(), id.id()),
        "`"
            + id.id()
            + "` is reused: "
            + id.reason()
            + " in release "
            + release
            + ". LMSs keep learner records by id, so those records would be read as records of"
            + " this "
            + id.subject()
            + ". Give the new "
            + id.subject()
            + " a new id and never use `"
            + id.id()
            + "` again (retire it).");
  }

  static Finding version(
      Course course, ReleaseDifference difference, ReleaseVersion needed, String release) {
    ChangeClass changeClass = difference.classification().orElseThrow();
    String version =
        difference.after().version() == null ? "missing" : difference.after().version();
    return Finding.error(
        VERSION_BUMP,
        versionAt(course),
        "`version` is "
            + version
            + ", but since release "
            + release
            + " ("
            + difference.before().version()
            + ") the course has "
            + article(changeClass)
            + " change: "
            + summary(difference.changes().isEmpty() ? List.of() : gravest(difference))
            + ". "
            + (changeClass.substantive()
                ? "A substantive change needs a new major or minor version (PRG-011)"
                : "Even an editorial change needs a new version, so learners and assessors can"
                    + " tell the releases apart (PRG-011)")
            + ". Set `version: "
            + needed
            + "` (or higher).");
  }

  static Finding trackingBreaking(Course course, ReleaseDifference difference, String release) {
    List<String> reasons =
        difference.recycled().isEmpty()
            ? gravest(difference)
            : difference.recycled().stream().map(r -> "`" + r.id() + "` reused").toList();
    return Finding.warning(
        TRACKING_BREAKING,
        versionAt(course),
        "This release breaks LMS tracking compared with release "
            + release
            + ": "
            + summary(reasons)
            + ". "
            + difference.lmsAdvice());
  }

  static Finding summary(Course course, ReleaseDifference difference, String release) {
    String verdict =
        difference
            .classification()
            .map(c -> "This release is " + article(c) + " change compared with release " + release)
            .orElse("Nothing changed compared with release " + release);
    String changed =
        difference.changes().isEmpty() ? "" : " (" + summary(gravest(difference)) + ")";
    return Finding.info(
        SUMMARY, versionAt(course), verdict + changed + ". " + difference.lmsAdvice());
  }

  static Finding unreadable(SourceRef at, boolean given, String why) {
    String message = "The previous release was not compared: " + why;
    return given
        ? Finding.error(PREVIOUS_UNREADABLE, at, message)
        : Finding.info(PREVIOUS_UNREADABLE, at, message);
  }

  /** The descriptions of the changes of the gravest class. */
  private static List<String> gravest(ReleaseDifference difference) {
    return difference
        .classification()
        .map(c -> difference.of(c).stream().map(CourseChange::description).toList())
        .orElse(List.of());
  }

  private static String summary(List<String> changes) {
    String shown = changes.stream().limit(SHOWN).collect(Collectors.joining("; "));
    return changes.size() > SHOWN ? shown + "; and " + (changes.size() - SHOWN) + " more" : shown;
  }

  private static String article(ChangeClass changeClass) {
    return (changeClass == ChangeClass.EDITORIAL ? "an " : "a ") + changeClass.label();
  }

  static SourceRef versionAt(Course course) {
    if (course.program() == null || course.program().source() == null) {
      return SourceRef.startOf(PROGRAM);
    }
    return course.program().source().has("version")
        ? course.program().source().positionOf("version")
        : course.program().source().at();
  }

  /** Where {@code id} is declared now, as a {@code subject}. */
  static SourceRef position(Course course, String subject, String id) {
    Optional<SourceRef> found =
        switch (subject) {
          case "module" ->
              course.modules().stream()
                  .filter(m -> id.equals(m.id()))
                  .map(CourseModule::at)
                  .findFirst();
          case "objective" ->
              course.modules().stream()
                  .flatMap(m -> m.objectives().stream())
                  .filter(o -> id.equals(o.id()))
                  .map(Objective::at)
                  .findFirst();
          case "item" ->
              course.items().stream().filter(i -> id.equals(i.id())).map(Item::at).findFirst();
          case "outcome" ->
              course.program().outcomes().stream()
                  .filter(o -> id.equals(o.id()))
                  .map(Outcome::at)
                  .findFirst();
          case "assessment" ->
              course.assessments().stream()
                  .filter(a -> id.equals(a.id()))
                  .map(Assessment::at)
                  .findFirst();
          default -> Optional.empty();
        };
    return found.filter(Objects::nonNull).orElseGet(() -> versionAt(course));
  }
}
