package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.rules.CourseFixture;
import org.coursekit.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramRulesExampleCourseTest {

  @Test
  void theFamilyHasThirteenRulesWithHelp() {
    assertThat(ProgramRules.all())
        .extracting(Rule::id)
        .containsExactly(
            "PRG-001", "PRG-002", "PRG-003", "PRG-004", "PRG-005", "PRG-006", "PRG-007", "PRG-008",
            "PRG-009", "PRG-010", "PRG-011", "PRG-012", "PRG-013");
    assertThat(ProgramRules.all()).allSatisfy(rule -> assertThat(rule.help()).isNotBlank());
  }

  @Test
  void theExampleCourseOnlyHearsThatItsHistoryWasNotChecked(@TempDir Path folder) {
    String[] ids = ProgramRules.all().stream().map(Rule::id).toArray(String[]::new);

    assertThat(CourseFixture.exampleCourseIn(folder).printed(ids))
        .containsExactly(
            "program.yml:3:10: info [PRG-011] Substantive changes since the last release were not"
                + " checked: CourseKit found no version-control history for this course (it is not"
                + " in a git work tree, or git is not installed). Build from a git clone of the"
                + " course repository so the course can be compared with its last release tag.");
  }
}
