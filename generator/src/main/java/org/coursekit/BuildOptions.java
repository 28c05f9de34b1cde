package org.coursekit;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What to build and where.
 *
 * @param sourceDirectory the course folder (the one holding {@code program.yml})
 * @param outputDirectory where CourseKit writes: {@code site/} and {@code reports/} below it
 * @param outputTimestamp the build's fixed time ({@code project.build.outputTimestamp}); used for
 *     every printed date and zip entry time; {@code null} prints no date
 * @param today the date review, evaluation and disclosure dates are judged against (the adapter
 *     passes the current UTC date; tests pass a fixed one)
 * @param profile {@code draft} or {@code release}, overriding coursekit.yml's {@code profile}; null
 *     keeps the file's (an invalid word is reported as a finding)
 * @param versionHistory read the course's git history for the rules that need it (PRG-007, PRG-011,
 *     PRG-013, REV-001); false judges the sources alone, for builds that must not depend on the
 *     repository's state
 */
public record BuildOptions(
    Path sourceDirectory,
    Path outputDirectory,
    Instant outputTimestamp,
    LocalDate today,
    String profile,
    boolean versionHistory) {

  public BuildOptions {
    Objects.requireNonNull(sourceDirectory, "sourceDirectory");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(today, "today");
  }

  /** Options that read the course's git history, when it has one. */
  public BuildOptions(
      Path sourceDirectory,
      Path outputDirectory,
      Instant outputTimestamp,
      LocalDate today,
      String profile) {
    this(sourceDirectory, outputDirectory, outputTimestamp, today, profile, true);
  }

  /** The same options, judged on the sources alone, without version history. */
  public BuildOptions withoutVersionHistory() {
    return new BuildOptions(
        sourceDirectory, outputDirectory, outputTimestamp, today, profile, false);
  }

  /**
   * Options judged on the current UTC date with coursekit.yml's profile. Output then depends on the
   * clock: tests and reproducible builds pass {@code today} explicitly.
   */
  public BuildOptions(Path sourceDirectory, Path outputDirectory, Instant outputTimestamp) {
    this(sourceDirectory, outputDirectory, outputTimestamp, LocalDate.now(ZoneOffset.UTC), null);
  }

  public Path siteDirectory() {
    return outputDirectory.resolve("site");
  }

  /** Where site builds keep rendered pages for the next build. */
  public Path cacheDirectory() {
    return outputDirectory.resolve("cache");
  }

  public Path reportsDirectory() {
    return outputDirectory.resolve("reports");
  }
}
