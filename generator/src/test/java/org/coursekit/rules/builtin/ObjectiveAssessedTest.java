package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectiveAssessedTest {

  private static final String M01 = "modules/m01-receipt.md";
  private static final String FIX =
      ". A certificate may only be issued on an assessment of every intended outcome (E2659-17"
          + " 3.1.3; ICE 1100; QM 3.1). Add it to a summative item under items/secure/, e.g."
          + " `objectives: [LO-M01-1]`, or to a rubric criterion of a performance task"
          + " (`objective: LO-M01-1`).";

  @TempDir Path folder;
  private CourseFixture fixture;

  @BeforeEach
  void copyExampleCourse() {
    fixture = CourseFixture.exampleCourseIn(folder);
  }

  private void unlinkSummativeItemsOfLoM011() {
    for (String item : new String[] {"Q-M01-S01", "Q-M01-S02"}) {
      fixture.edit(
          "items/secure/" + item + ".yml", "objectives: [LO-M01-1]", "objectives: [LO-M01-2]");
    }
  }

  @Test
  void anObjectiveNoSummativeItemMeasuresIsAnError() {
    unlinkSummativeItemsOfLoM011();

    assertThat(fixture.printed("LO-008"))
        .containsExactly(
            M01
                + ":8:9: error [LO-008] Objective `LO-M01-1` is not measured by any summative"
                + " item: no item on a summative assessment lists it in `objectives` or names it in"
                + " a rubric criterion"
                + FIX);
  }

  @Test
  void formativeItemsDoNotCountAndTheMessageSaysSo() {
    unlinkSummativeItemsOfLoM011();
    fixture.edit("items/Q-M01-F2.yml", "objectives: [LO-M01-2]", "objectives: [LO-M01-1]");

    assertThat(fixture.printed("LO-008"))
        .containsExactly(
            M01
                + ":8:9: error [LO-008] Objective `LO-M01-1` is not measured by any summative"
                + " item: no item on a summative assessment lists it in `objectives` or names it in"
                + " a rubric criterion (`Q-M01-F2` is formative: practice does not count)"
                + FIX);
  }

  @Test
  void summativeItemsOutsideEveryPoolDoNotCount() {
    fixture.edit(
        "assessments/final-exam.yml",
        "include: [\"items/secure/Q-M*.yml\"]",
        "include: [\"items/secure/Q-M0[234]-*\", \"items/secure/Q-M01-S0[3-6].yml\"]");

    assertThat(fixture.printed("LO-008"))
        .containsExactly(
            M01
                + ":8:9: error [LO-008] Objective `LO-M01-1` is not measured by any summative"
                + " item: no item on a summative assessment lists it in `objectives` or names it in"
                + " a rubric criterion (`Q-M01-S01` and `Q-M01-S02` are summative but in no"
                + " assessment's `pool.include`)"
                + FIX);
  }

  @Test
  void aRubricCriterionOfAPerformanceTaskIsEnough() {
    for (String item : new String[] {"Q-M02-S03", "Q-M02-S04"}) {
      fixture.edit(
          "items/secure/" + item + ".yml", "objectives: [LO-M02-2]", "objectives: [LO-M02-3]");
    }
    fixture.edit(
        "items/secure/Q-PT-01.yml",
        "objectives: [LO-M01-2, LO-M01-3, LO-M02-2, LO-M04-3]",
        "objectives: [LO-M01-2, LO-M01-3, LO-M04-3]");

    assertThat(fixture.printed("LO-008")).isEmpty();
  }
}
