package org.coursekit.diff;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How to review a course against its previous release.
 *
 * @param courseRoot the course folder now
 * @param reportsDirectory where changes.md and changes.html go
 * @param outputTimestamp the build's fixed time, the only date the report prints; may be null
 * @param today the date both releases' findings are judged on
 * @param profile the rule profile for both releases' findings; null keeps coursekit.yml's
 * @param versionJudged true when PRG-011 already compared the version with this same release (the
 *     build read the git history and the previous release is its last tag), so the review does not
 *     report it twice
 */
public record ReviewOptions(
    Path courseRoot,
    Path reportsDirectory,
    Instant outputTimestamp,
    LocalDate today,
    String profile,
    boolean versionJudged) {

  public ReviewOptions {
    Objects.requireNonNull(courseRoot, "courseRoot");
    Objects.requireNonNull(reportsDirectory, "reportsDirectory");
    Objects.requireNonNull(today, "today");
  }
}
