package org.coursekit;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * What to build and where.
 *
 * @param sourceDirectory the course folder (the one holding {@code program.yml})
 * @param outputDirectory where CourseKit writes: {@code site/} and {@code reports/} below it
 * @param outputTimestamp the build's fixed time ({@code project.build.outputTimestamp}); used for
 *     every printed date and zip entry time; {@code null} prints no date
 */
public record BuildOptions(Path sourceDirectory, Path outputDirectory, Instant outputTimestamp) {

  public BuildOptions {
    Objects.requireNonNull(sourceDirectory, "sourceDirectory");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
  }

  public Path siteDirectory() {
    return outputDirectory.resolve("site");
  }

  public Path reportsDirectory() {
    return outputDirectory.resolve("reports");
  }
}
