package org.coursekit.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coursekit.model.Assessment;
import org.coursekit.model.Course;
import org.coursekit.model.Ref;

/**
 * The assessments a learner must pass: the {@code assessment:<id>} entries of {@code
 * completion.requires} in program.yml.
 */
public final class RequiredAssessments {

  public static final String PREFIX = "assessment:";

  private RequiredAssessments() {}

  /** The assessment id a requirement names, if it is an {@code assessment:<id>} entry. */
  public static Optional<String> assessmentId(Ref requirement) {
    return assessmentId(requirement.id());
  }

  /**
   * The assessment id a {@code completion.requires} entry names, if it is {@code assessment:<id>}.
   */
  public static Optional<String> assessmentId(String entry) {
    return entry.startsWith(PREFIX)
        ? Optional.of(entry.substring(PREFIX.length()).strip())
        : Optional.empty();
  }

  /** The required assessments that exist, in the order {@code requires} names them, once each. */
  public static List<Assessment> of(Course course) {
    List<Assessment> found = new ArrayList<>();
    if (course.program() == null || course.program().completion() == null) {
      return found;
    }
    for (Ref requirement : course.program().completion().requires()) {
      assessmentId(requirement)
          .flatMap(id -> course.assessments().stream().filter(a -> id.equals(a.id())).findFirst())
          .filter(a -> !found.contains(a))
          .ifPresent(found::add);
    }
    return found;
  }

  /**
   * True unless the assessment says it is something other than summative: files under assessments/
   * are summative forms by definition (course-format.md, section 5).
   */
  static boolean summative(Assessment assessment) {
    return assessment.use() == null || "summative".equals(assessment.use());
  }
}
