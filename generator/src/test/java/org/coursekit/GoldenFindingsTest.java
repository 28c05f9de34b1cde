package org.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.coursekit.diag.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests of the printed findings: each folder under {@code src/test/resources/golden/} holds
 * a broken {@code course/} and the exact lines CourseKit must print for it in {@code findings.txt}.
 * Run with {@code -Dcoursekit.golden.update=true} to rewrite the expectations, then review the
 * diff.
 */
class GoldenFindingsTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("coursekit.golden.update");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  static List<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void printsExactlyTheExpectedFindings(String name, @TempDir Path output) throws Exception {
    Path dir = GOLDEN.resolve(name);
    BuildReport report =
        CourseBuild.create(getClass().getClassLoader())
            .validate(
                new BuildOptions(dir.resolve("course"), output, null, TODAY, null)
                    .withoutVersionHistory());
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
  void everyCaseHasACourseAndExpectations() throws IOException {
    for (String name : cases()) {
      assertThat(GOLDEN.resolve(name).resolve("course/program.yml")).as(name).isRegularFile();
      assertThat(GOLDEN.resolve(name).resolve("findings.txt")).as(name).isRegularFile();
    }
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(5);
  }
}
