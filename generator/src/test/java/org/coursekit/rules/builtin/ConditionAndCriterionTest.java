package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConditionAndCriterionTest {

  private static final String M01 = "modules/m01-receipt.md";
  private static final String M03 = "modules/m03-storage-and-thaw.md";
  private static final String M01_CONDITION =
      "    condition: Given an arriving dry shipper, its shipping documents and the site receipt"
          + " SOP\n";
  private static final String M01_CRITERION =
      "    criterion: Every checklist step completed in order and recorded, with no critical"
          + " errors\n";
  private static final String WHY =
      ". Performance objectives say under which conditions the learner performs and to what"
          + " standard, so the assessment can be built to match (ABCD model; Mager). Add ";
  private static final String IN_TEXT =
      ", or say it in the text (“Given …”, “… within 10 minutes”, “… with no critical errors”).";

  @TempDir Path folder;
  private CourseFixture fixture;

  @BeforeEach
  void copyExampleCourse() {
    fixture = CourseFixture.exampleCourseIn(folder);
  }

  @Test
  void aConditionPhraseInTheTextCountsButTheCriterionIsStillMissing() {
    // The text says "using the site receipt checklist", a condition.
    fixture.edit(M01, M01_CONDITION + M01_CRITERION, "");

    assertThat(fixture.printed("LO-006"))
        .containsExactly(
            M01
                + ":12:5: info [LO-006] Objective `LO-M01-2` (bloom_level apply) states no"
                + " criterion"
                + WHY
                + "`criterion: No critical errors on the receipt checklist`"
                + IN_TEXT);
  }

  @Test
  void theProgramCanRequireThemAsAWarning() {
    fixture.edit(
        M03,
        "    condition: Given a thaw request, the product record and the thawing equipment\n"
            + "    criterion: Every readiness item confirmed before the thaw starts, or the thaw held"
            + " and escalated\n",
        "");
    fixture.write("coursekit.yml", "profile: release\nrules:\n  LO-006: { require: true }\n");

    assertThat(fixture.printed("LO-006"))
        .containsExactly(
            M03
                + ":18:5: warning [LO-006] Objective `LO-M03-3` (bloom_level apply) states no"
                + " condition and no criterion"
                + WHY
                + "`condition: Given a dry shipper and the site receipt SOP` and `criterion: No"
                + " critical errors on the receipt checklist`"
                + IN_TEXT);
  }

  @Test
  void psychomotorObjectivesNeedThemWhateverTheirLevel() {
    fixture.edit(
        M01, "bloom_level: understand", "bloom_level: understand\n    domain: psychomotor");

    assertThat(fixture.printed("LO-006"))
        .containsExactly(
            M01
                + ":8:5: info [LO-006] Objective `LO-M01-1` (psychomotor) states no condition and"
                + " no criterion"
                + WHY
                + "`condition: Given a dry shipper and the site receipt SOP` and `criterion: No"
                + " critical errors on the receipt checklist`"
                + IN_TEXT);
  }

  @Test
  void aCriterionPhraseInTheTextReplacesTheField() {
    fixture.edit(M01, M01_CRITERION, "");
    fixture.edit(
        M01,
        "using the site receipt checklist",
        "using the site receipt checklist with no critical errors");

    assertThat(fixture.printed("LO-006")).isEmpty();
  }
}
