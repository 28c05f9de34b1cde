package org.coursekit.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coursekit.BuildOptions;
import org.coursekit.BuildReport;
import org.coursekit.CourseBuild;
import org.coursekit.rules.CourseFixture;

/**
 * Two copies of the example course, the released one and the one after edits, for release-guard
 * tests: edit {@link #after()}, then compare.
 */
final class ReleasePair {

  static final Instant TIMESTAMP = Instant.parse("2026-11-25T00:00:00Z");

  private final CourseFixture before;
  private final CourseFixture after;
  private final Path folder;

  private ReleasePair(Path folder) {
    this.folder = folder;
    this.before = CourseFixture.exampleCourseIn(folder.resolve("before"));
    this.after = CourseFixture.exampleCourseIn(folder.resolve("after"));
  }

  /** Two copies of the example course under {@code folder} (a JUnit {@code @TempDir}). */
  static ReleasePair in(Path folder) {
    return new ReleasePair(folder);
  }

  CourseFixture before() {
    return before;
  }

  CourseFixture after() {
    return after;
  }

  /** Raises the after course's program version from the released one to {@code version}. */
  ReleasePair version(String version) {
    replace("program.yml", "(?m)^version: .*$", "version: " + version);
    return this;
  }

  /** Replaces the one match of {@code regex} in the after course's {@code file}. */
  ReleasePair replace(String file, String regex, String replacement) {
    String text = after.read(file);
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      throw new AssertionError("no match of " + regex + " in " + file);
    }
    int start = m.start();
    if (m.find()) {
      throw new AssertionError("more than one match of " + regex + " in " + file);
    }
    after.write(
        file, text.substring(0, start) + text.substring(start).replaceFirst(regex, replacement));
    return this;
  }

  /** The snapshot comparison of the two loaded courses (the loader must find nothing wrong). */
  ReleaseDifference difference() {
    return SnapshotComparison.compare(
        ReleaseSnapshots.of(before.load()), ReleaseSnapshots.of(after.load()));
  }

  /** {@code coursekit:diff} on the after course against the before folder, output in out/. */
  BuildReport diff() {
    return diff(PreviousRelease.given(before.root()));
  }

  BuildReport diff(PreviousRelease previous) {
    try {
      return CourseBuild.create(getClass().getClassLoader()).changes(options(), previous);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  BuildOptions options() {
    return new BuildOptions(after.root(), output(), TIMESTAMP, CourseFixture.TODAY, null, false);
  }

  Path output() {
    return folder.resolve("out");
  }

  Path reports() {
    return output().resolve("reports");
  }
}
