package org.coursekit.rules;

import java.time.LocalDate;
import java.util.Objects;
import org.coursekit.history.CourseHistory;

/**
 * What a validation run needs besides the course.
 *
 * @param today the date review and evaluation dates are judged against
 * @param profile {@code draft} or {@code release}, overriding coursekit.yml; null keeps the file's
 * @param history the course's version-control history, or {@link CourseHistory#NONE}
 */
public record ValidationOptions(LocalDate today, String profile, CourseHistory history) {

  public ValidationOptions {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(history, "history");
  }

  /** Judged on {@code today}, with the profile coursekit.yml names and no history. */
  public static ValidationOptions on(LocalDate today) {
    return new ValidationOptions(today, null, CourseHistory.NONE);
  }
}
