package org.coursekit.rules;

import java.util.Objects;
import org.coursekit.diag.Severity;

/**
 * A check that runs while CourseKit writes the site or the LMS packages, outside the validator's
 * rules, because only the generated pages or zips can answer it. coursekit.yml configures it like a
 * rule (severity, {@code off}), {@code lint.ignore} suppresses it and the baseline records it.
 *
 * @param stage the build step that runs it
 * @param help why it matters and its source, in a sentence or two
 */
public record OutputCheck(
    String id, String name, Severity defaultSeverity, String help, Stage stage) {

  /** The build step a check runs in. */
  public enum Stage {
    /** Rendering the pages: the site build, and the package build (which renders them too). */
    SITE,
    /** Writing the LMS packages. */
    PACKAGES,
    /** Comparing the course with its previous release (coursekit:diff, and package after a tag). */
    RELEASE
  }

  public OutputCheck {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(help, "help");
    Objects.requireNonNull(stage, "stage");
  }
}
