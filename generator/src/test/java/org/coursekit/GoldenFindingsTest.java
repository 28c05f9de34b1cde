package org.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.coursekit.diag.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests of the printed findings. {@code src/test/resources/golden-base/course/} is a
 * complete course without findings (a frozen copy of the example course); each folder under {@code
 * src/test/resources/golden/} holds the files of one deliberately broken variant in {@code course/}
 * (they replace or add to the base's) and the exact lines CourseKit must print for it in {@code
 * findings.txt}, so each golden shows its one break and nothing else. Run with {@code
 * -Dcoursekit.golden.update=true} to rewrite the expectations, then review the diff.
 */
class GoldenFindingsTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path BASE = Path.of("src/test/resources/golden-base/course");
  private static final boolean UPDATE = Boolean.getBoolean("coursekit.golden.update");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  static List<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void printsExactlyTheExpectedFindings(String name, @TempDir Path course, @TempDir Path output)
      throws Exception {
    Path dir = GOLDEN.resolve(name);
    copyTree(BASE, course);
    copyTree(dir.resolve("course"), course);
    BuildReport report =
        CourseBuild.create(getClass().getClassLoader())
            .validate(new BuildOptions(course, output, null, TODAY, null).withoutVersionHistory());
    String actual =
        String.join("\n", report.findings().stream().map(Finding::format).toList()) + "\n";
    Path expected = dir.resolve("findings.txt");
    if (UPDATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(expected).as("expected findings of " + name).isRegularFile();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void theBaseCourseHasNoFindings(@TempDir Path output) throws Exception {
    BuildReport report =
        CourseBuild.create(getClass().getClassLoader())
            .validate(new BuildOptions(BASE, output, null, TODAY, null).withoutVersionHistory());

    // Only the notes that say the version history was not read.
    assertThat(report.findings())
        .extracting(Finding::format)
        .allMatch(line -> line.contains(": info ["), "is an info note");
  }

  @Test
  void everyCaseHasABreakAndExpectations() throws IOException {
    assertThat(BASE.resolve("program.yml")).isRegularFile();
    for (String name : cases()) {
      assertThat(GOLDEN.resolve(name).resolve("course")).as(name).isDirectory();
      assertThat(GOLDEN.resolve(name).resolve("findings.txt")).as(name).isRegularFile();
    }
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(5);
  }

  /** Copies the files under {@code from} into {@code to}, replacing files of the same path. */
  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
