package org.coursekit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Locates the example course and builds it, for the tests that check the published result. */
final class ExampleCourse {

  /** The build time the tests pin, as {@code project.build.outputTimestamp} would. */
  static final Instant TIMESTAMP = Instant.parse("2026-11-25T00:00:00Z");

  private ExampleCourse() {}

  /** The course folder, set by surefire (see generator/pom.xml). */
  static Path folder() {
    String configured = System.getProperty("coursekit.exampleCourse");
    if (configured == null) {
      throw new IllegalStateException("system property coursekit.exampleCourse is not set");
    }
    Path folder = Path.of(configured).toAbsolutePath().normalize();
    if (!Files.isRegularFile(folder.resolve("program.yml"))) {
      throw new IllegalStateException("no example course at " + folder);
    }
    return folder;
  }

  /** Builds the example course's site into {@code output} and returns the report. */
  static BuildReport buildSite(Path output) throws Exception {
    return CourseBuild.create(ExampleCourse.class.getClassLoader()).site(options(output));
  }

  /** Build options for the example course, judged on the day of {@link #TIMESTAMP}. */
  static BuildOptions options(Path output) {
    return new BuildOptions(
        folder(), output, TIMESTAMP, LocalDate.ofInstant(TIMESTAMP, ZoneOffset.UTC), null);
  }

  /**
   * Build options like {@link #options(Path)} for a copy of the course in {@code course}, which has
   * no version history of its own.
   */
  static BuildOptions optionsForCopy(Path course, Path output) {
    return new BuildOptions(
            course, output, TIMESTAMP, LocalDate.ofInstant(TIMESTAMP, ZoneOffset.UTC), null)
        .withoutVersionHistory();
  }
}
