package org.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coursekit.diag.Finding;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4, point 5: a real course with two hundred findings and more still prints them sorted by
 * file, line, column and rule, and the same course gives the same findings and reports on every
 * build, wherever it lies.
 */
class ManyFindingsTest {

  private static final String M01 = "modules/m01-receipt.md";
  private static final int OBJECTIVES = 70;

  private final CourseBuild build = CourseBuild.create(getClass().getClassLoader());

  /** The example course with 70 more objectives in m01, each broken in several ways. */
  private static CourseFixture brokenCourseIn(Path folder) {
    StringBuilder objectives = new StringBuilder("objectives:\n");
    for (int i = OBJECTIVES; i > 0; i--) {
      objectives
          .append("  - id: LO-M01-X")
          .append(i)
          .append("\n    text: Know about shipment topic number ")
          .append(i)
          .append("\n    bloom_level: create\n    supports: [PO-")
          .append(90 + i % 7)
          .append("]\n");
    }
    return CourseFixture.exampleCourseIn(folder).edit(M01, "objectives:\n", objectives.toString());
  }

  private BuildReport validate(Path course, Path output) throws Exception {
    return build.validate(new BuildOptions(course, output, null, CourseFixture.TODAY, null, false));
  }

  @Test
  void twoHundredFindingsArePrintedSortedAndTheSameOnEveryBuild(
      @TempDir Path first, @TempDir Path second, @TempDir Path out1, @TempDir Path out2)
      throws Exception {
    BuildReport once = validate(brokenCourseIn(first).root(), out1);
    BuildReport again = validate(brokenCourseIn(second).root(), out2);

    List<Finding> findings = once.findings();
    assertThat(findings).hasSizeGreaterThanOrEqualTo(200);
    assertThat(findings).isSorted();
    List<String> printed = findings.stream().map(Finding::format).toList();
    // Printed order is file, then line, then column (numerically: line 9 before line 10).
    for (int i = 1; i < findings.size(); i++) {
      Finding before = findings.get(i - 1);
      Finding after = findings.get(i);
      if (before.at().file().equals(after.at().file())) {
        assertThat(before.at().line()).as(printed.get(i)).isLessThanOrEqualTo(after.at().line());
      } else {
        assertThat(before.at().file()).isLessThan(after.at().file());
      }
    }
    assertThat(again.findings().stream().map(Finding::format).toList())
        .containsExactlyElementsOf(printed);
    for (String report : List.of("findings.json", "findings.sarif", "coverage.md")) {
      assertThat(Files.readString(out2.resolve("reports").resolve(report)))
          .as(report)
          .isEqualTo(Files.readString(out1.resolve("reports").resolve(report)));
    }
  }
}
