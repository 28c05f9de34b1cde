package org.coursekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files of the five reports of the fixture course ({@link ReportFixtures}), two of whose
 * findings its baseline records, under {@code src/test/resources/reports-golden/expected/}. Run
 * with {@code -Dcoursekit.golden.update=true} to rewrite them, then review the diff.
 */
class ReportGoldenTest {

  private static final Path EXPECTED = ReportFixtures.GOLDEN.resolve("expected");
  private static final boolean UPDATE = Boolean.getBoolean("coursekit.golden.update");

  @Test
  void writesExactlyTheExpectedReports(@TempDir Path reports) throws IOException {
    List<String> written =
        new ReportWriter(getClass().getClassLoader())
            .write(
                reports,
                ReportFixtures.course(),
                ReportFixtures.withBaseline(),
                ReportFixtures.context());

    assertThat(written)
        .containsExactly(
            "coverage.html",
            "coverage.md",
            "findings-junit.xml",
            "findings.json",
            "findings.sarif");
    for (String file : written) {
      String actual = Files.readString(reports.resolve(file), StandardCharsets.UTF_8);
      Path expected = EXPECTED.resolve(file);
      if (UPDATE) {
        Files.createDirectories(EXPECTED);
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
      }
      assertThat(expected).as("golden " + file).isRegularFile();
      assertThat(actual).as(file).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
      assertThat(actual).as(file + " uses LF only").doesNotContain("\r").endsWith("\n");
    }
  }
}
