package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomeTraceabilityTest {

  private static final String M04 = "modules/m04-deviations.md";

  private CourseFixture course;

  @BeforeEach
  void copyExample(@TempDir Path folder) {
    course = CourseFixture.exampleCourseIn(folder);
  }

  @Test
  void everyExampleOutcomeAndObjectiveIsTraced() {
    assertThat(course.printed("PRG-003")).isEmpty();
  }

  @Test
  void anOutcomeSupportedByASingleObjectiveIsANearMiss() {
    course.write(
        M04,
        course
            .read(M04)
            .replace("supports: [PO-4]", "supports: [PO-3]")
            .replaceFirst("supports: \\[PO-3\\]", "supports: [PO-4]"));

    assertThat(course.printed("PRG-003")).isEmpty();
  }

  @Test
  void anOutcomeNoObjectiveSupportsIsAnErrorAtTheOutcome() {
    course.write(M04, course.read(M04).replace("supports: [PO-4]", "supports: [PO-3]"));

    assertThat(course.printed("PRG-003"))
        .containsExactly(
            "program.yml:67:5: error [PRG-003] Outcome `PO-4` is not supported by any module"
                + " objective, so no module teaches it (QM 2.2; E2659-24 6.1.2). Add `PO-4` to the"
                + " `supports` list of the objectives that teach it, e.g. `supports: [PO-4]`, or"
                + " remove the outcome.");
  }

  @Test
  void anObjectiveThatSupportsNothingIsAnOrphanWarning() {
    course.edit(
        "modules/m01-receipt.md",
        "bloom_level: understand\n    supports: [PO-1]",
        "bloom_level: understand\n    supports: []");

    assertThat(course.printed("PRG-003"))
        .containsExactly(
            "modules/m01-receipt.md:11:15: warning [PRG-003] Objective `LO-M01-1` is an orphan"
                + " objective: it supports no program outcome, so it cannot be traced to what the"
                + " certificate promises (QM 2.2). Name the outcome it serves, e.g. `supports:"
                + " [PO-1]`, or remove the objective.");
  }
}
