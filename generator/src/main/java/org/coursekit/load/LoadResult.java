package org.coursekit.load;

import java.util.List;
import java.util.Objects;
import org.coursekit.diag.Finding;
import org.coursekit.model.Course;

/**
 * A loaded course and the format findings (FMT-001…FMT-005) about its files, sorted by position.
 * The course is always present; what could not be read is left out of it and reported.
 */
public record LoadResult(Course course, List<Finding> findings) {
  public LoadResult {
    Objects.requireNonNull(course, "course");
    findings = findings.stream().sorted().toList();
  }
}
