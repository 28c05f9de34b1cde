package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassingStandardDeclaredTest {

  private static final String SCORE = "    score: 80\n    scale: percent\n";

  private CourseFixture course;

  @BeforeEach
  void copyExample(@TempDir Path folder) {
    course = CourseFixture.exampleCourseIn(folder);
  }

  @Test
  void theExamplePassingStandardIsDeclaredOnce() {
    assertThat(course.printed("PRG-006")).isEmpty();
  }

  @Test
  void aPointsScoreEqualToThePoolsTotalIsANearMiss() {
    // 18 items of 1 point, 12 of 2 and the 8-point work sample: 50 points, all drawn.
    course.edit("program.yml", SCORE, "    score: 50\n    scale: points\n");

    assertThat(course.printed("PRG-006")).isEmpty();
  }

  @Test
  void aPointsScoreAboveWhatEverySittingCanGiveIsAnError() {
    course
        .edit("program.yml", SCORE, "    score: 49\n    scale: points\n")
        .edit("assessments/final-exam.yml", "draw: 30", "draw: 29");

    assertThat(course.printed("PRG-006"))
        .containsExactly(
            "program.yml:75:12: error [PRG-006] The passing score is 49 points, but the required"
                + " assessments can give at most 48 points on every sitting, so a learner might not"
                + " be able to pass (QM 3.2; course-format.md section 10). Lower the score to at"
                + " most that maximum or add items to the pool.");
  }

  @Test
  void aPercentageAboveAHundredIsAnError() {
    course.edit("program.yml", SCORE, "    score: 120\n    scale: percent\n");

    assertThat(course.printed("PRG-006"))
        .containsExactly(
            "program.yml:75:12: error [PRG-006] The passing score is 120 percent, more than 100, so"
                + " no learner could pass (QM 3.2). Set it between 0 and 100, e.g. `score: 80`.");
  }

  @Test
  void aZeroScoreAndAnUnknownScaleAreErrors() {
    course.edit("program.yml", SCORE, "    score: 0\n    scale: percentage\n");

    assertThat(course.printed("PRG-006"))
        .containsExactly(
            "program.yml:75:12: error [PRG-006] The passing score is 0, so every learner would"
                + " pass, whatever they know (ICE 1100). Set the score the standard-setting panel"
                + " recommended, e.g. `score: 80`.",
            "program.yml:76:12: error [PRG-006] The passing standard's `scale` is `percentage`; it"
                + " must be `percent` or `points` (QM 3.2). Did you mean `percent`?");
  }

  @Test
  void anAssessmentThatPointsToAnotherPassingStandardIsAnError() {
    course.edit(
        "assessments/final-exam.yml",
        "passing_standard_ref: program.completion.passing_standard",
        "passing_standard_ref: 70 percent");

    assertThat(course.printed("PRG-006"))
        .containsExactly(
            "assessments/final-exam.yml:18:23: error [PRG-006] `passing_standard_ref` is `70"
                + " percent`, but the passing standard is declared once, in program.yml (80"
                + " percent), and every assessment must use that one (QM 3.2). Write"
                + " `passing_standard_ref: program.completion.passing_standard` or remove the"
                + " line.");
  }

  @Test
  void aCompletionWithoutPassingStandardIsAnError() {
    YamlBlocks.remove(course, "program.yml", "  passing_standard");

    assertThat(course.printed("PRG-006"))
        .containsExactly(
            "program.yml:73:3: error [PRG-006] `completion` has no `passing_standard`: say what"
                + " score earns the certificate (ICE 1100; QM 3.2). Add it, e.g. `passing_standard:"
                + " { score: 80, scale: percent, method: modified-angoff, set_on: 2026-03-12,"
                + " panel: [sme-chen, sme-okafor, sme-ali], report: docs/standard-setting.md"
                + " }`.");
  }
}
