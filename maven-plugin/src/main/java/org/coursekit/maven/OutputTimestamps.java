package org.coursekit.maven;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Reads {@code project.build.outputTimestamp} the way Maven's archiver does: ISO-8601 with an
 * offset, or whole seconds since the epoch; empty or one character means "no timestamp".
 */
final class OutputTimestamps {
  private OutputTimestamps() {}

  static Instant parse(String value) throws MojoExecutionException {
    if (value == null || value.trim().length() < 2) {
      return null;
    }
    String text = value.trim();
    try {
      if (text.chars().allMatch(Character::isDigit)) {
        return Instant.ofEpochSecond(Long.parseLong(text));
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new MojoExecutionException(
          "coursekit: project.build.outputTimestamp '"
              + value
              + "' is neither ISO-8601 (e.g. 2026-01-01T00:00:00Z) nor seconds since the epoch",
          e);
    }
  }
}
