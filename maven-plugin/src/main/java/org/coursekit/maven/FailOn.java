package org.coursekit.maven;

import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.coursekit.diag.Severity;

/** Reads the {@code failOn} parameter. */
final class FailOn {
  private FailOn() {}

  static Severity parse(String value) throws MojoExecutionException {
    String word = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    return switch (word) {
      case "error" -> Severity.ERROR;
      case "warning" -> Severity.WARNING;
      case "info" -> Severity.INFO;
      default ->
          throw new MojoExecutionException(
              "coursekit: failOn must be error, warning or info; found '" + value + "'");
    };
  }
}
