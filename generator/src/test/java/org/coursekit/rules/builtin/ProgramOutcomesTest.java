package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramOutcomesTest {

  private CourseFixture course;

  @BeforeEach
  void copyExample(@TempDir Path folder) {
    course = CourseFixture.exampleCourseIn(folder);
  }

  @Test
  void theExampleOutcomesAreWellFormed() {
    assertThat(course.printed("PRG-002")).isEmpty();
  }

  @Test
  void aPsychomotorOutcomeMayLeaveOutItsBloomLevel() {
    course.edit(
        "program.yml",
        "    bloom_level: apply\n    performance: true\n",
        "    domain: psychomotor\n    performance: true\n");

    assertThat(course.printed("PRG-002")).isEmpty();
  }

  @Test
  void aCognitiveOutcomeWithoutBloomLevelOrTextIsAnError() {
    YamlBlocks.removeLinesAfter(course, "program.yml", "  - id: PO-2", 2);

    assertThat(course.printed("PRG-002"))
        .containsExactly(
            "program.yml:57:5: error [PRG-002] Outcome `PO-2` has no `bloom_level`: the level"
                + " shows what the assessment must reach (IACET 5.1, Annex 3). Add one of"
                + " remember, understand, apply, analyze, evaluate, create, e.g. `bloom_level:"
                + " apply`.",
            "program.yml:57:5: error [PRG-002] Outcome `PO-2` has no `text`: say what a learner"
                + " will be able to do (E2659-17 3.1.3). Add it, e.g. `text: Perform receipt checks"
                + " on a cryopreserved cell product`.");
  }

  @Test
  void aMisspeltBloomLevelIsAnErrorWithASuggestion() {
    course.edit(
        "program.yml",
        "    bloom_level: apply\n    condition: Given product labels",
        "    bloom_level: evalute\n    condition: Given product labels");

    assertThat(course.printed("PRG-002"))
        .containsExactly(
            "program.yml:59:18: error [PRG-002] Outcome `PO-2` has `bloom_level: evalute`, which"
                + " is not a Bloom level (IACET 5.1, Annex 3). Did you mean `evaluate`?");
  }

  @Test
  void aProgramWithoutOutcomesIsAnError() {
    YamlBlocks.replace(course, "program.yml", "outcomes", "outcomes: []\n");

    assertThat(course.printed("PRG-002"))
        .containsExactly(
            "program.yml:50:11: error [PRG-002] program.yml declares no `outcomes`: a certificate"
                + " program must state what learners will be able to do when they finish"
                + " (E2659-17 3.1.3; IACET 5.1). Add them, e.g. `outcomes: [{ id: PO-1, text:"
                + " Perform receipt checks on a cryopreserved cell product, bloom_level: apply"
                + " }]`.");
  }

  @Test
  void twelveOutcomesAreANearMissAndThirteenAWarningAtTheThirteenth() {
    StringBuilder extra = new StringBuilder();
    for (int i = 5; i <= 12; i++) {
      extra.append("  - { id: PO-").append(i).append(", text: Record task ").append(i);
      extra.append(", bloom_level: apply }\n");
    }
    course.edit("program.yml", "completion:\n", extra + "completion:\n");
    assertThat(course.printed("PRG-002")).isEmpty();

    course.edit(
        "program.yml",
        "completion:\n",
        "  - { id: PO-13, text: Record task 13, bloom_level: apply }\ncompletion:\n");

    assertThat(course.printed("PRG-002"))
        .containsExactly(
            "program.yml:80:5: warning [PRG-002] program.yml declares 13 outcomes; more than 12"
                + " are hard to teach and to assess well (QM 2.1). Merge related outcomes or move"
                + " the detail into module objectives.");
  }
}
