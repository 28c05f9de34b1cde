package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerformanceClaimsTest {

  private static final String WORK_SAMPLE = "items/secure/Q-PT-01.yml";

  private CourseFixture course;

  @BeforeEach
  void copyExample(@TempDir Path folder) {
    course = CourseFixture.exampleCourseIn(folder);
  }

  @Test
  void theExamplePerformanceOutcomeIsMeasuredByTheWorkSample() {
    // PO-1 is `performance: true`; the work sample's rubric scores LO-M01-2, which supports it.
    assertThat(course.printed("PRG-010")).isEmpty();
  }

  @Test
  void aPsychomotorOutcomeReachedThroughAnObjectiveInTheRubricIsANearMiss() {
    // The work sample's rubric also scores LO-M02-2, which supports PO-2.
    course.edit(
        "program.yml",
        "    bloom_level: apply\n    condition: Given product labels",
        "    domain: psychomotor\n    condition: Given product labels");

    assertThat(course.printed("PRG-010")).isEmpty();
  }

  @Test
  void aPsychomotorOutcomeNoPerformanceRubricReachesIsAWarning() {
    course.edit(
        "program.yml",
        "    bloom_level: apply\n    condition: Given vapour-phase",
        "    domain: psychomotor\n    condition: Given vapour-phase");

    assertThat(course.printed("PRG-010"))
        .containsExactly(
            "program.yml:62:5: warning [PRG-010] Outcome `PO-3` claims job performance (`domain:"
                + " psychomotor`), but no summative performance, observation or simulation item"
                + " with a rubric measures it (E2659-24 6.1.2; QM 3.1). Add one under"
                + " items/secure/ with `type: performance` and a `rubric` whose criteria name"
                + " `PO-3` or an objective that supports it, e.g. `rubric: [{ criterion: Completes"
                + " the receipt checklist in order, points: 2, objective: LO-M01-2 }]`.");
  }

  @Test
  void aCaseStudyIsNotAPerformanceAssessment() {
    course.edit(WORK_SAMPLE, "type: performance", "type: case");

    assertThat(course.printed("PRG-010"))
        .containsExactly(
            "program.yml:51:5: warning [PRG-010] Outcome `PO-1` claims job performance"
                + " (`performance: true`), but no summative performance, observation or simulation"
                + " item with a rubric measures it (E2659-24 6.1.2; QM 3.1). Add one under"
                + " items/secure/ with `type: performance` and a `rubric` whose criteria name"
                + " `PO-1` or an objective that supports it, e.g. `rubric: [{ criterion: Completes"
                + " the receipt checklist in order, points: 2, objective: LO-M01-2 }]`.");
  }
}
