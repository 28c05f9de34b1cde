package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CognitiveProfileTest {

  private static final String M01 = "modules/m01-receipt.md";
  private static final String M02 = "modules/m02-chain-of-identity.md";
  private static final String M03 = "modules/m03-storage-and-thaw.md";
  private static final String M04 = "modules/m04-deviations.md";

  private CourseFixture course;

  @BeforeEach
  void copyExample(@TempDir Path folder) {
    course = CourseFixture.exampleCourseIn(folder);
  }

  private void replaceAll(String file, String before, String after) {
    assertThat(course.read(file)).contains(before);
    course.write(file, course.read(file).replace(before, after));
  }

  @Test
  void theExampleProfileFitsItsEntryLevelAudience() {
    // 3 of 12 objectives at Evaluate, and every module has one at Apply or above.
    assertThat(course.printed("PRG-009")).isEmpty();
  }

  @Test
  void halfTheObjectivesAtEvaluateIsANearMissForAnEntryLevelAudience() {
    replaceAll(M03, "bloom_level: apply\n    supports", "bloom_level: evaluate\n    supports");
    course.edit(M01, "bloom_level: apply\n    supports", "bloom_level: create\n    supports");

    assertThat(course.printed("PRG-009")).isEmpty();
  }

  @Test
  void mostObjectivesAtEvaluateOrCreateIsAWarningForAnEntryLevelAudience() {
    replaceAll(M03, "bloom_level: apply\n    supports", "bloom_level: evaluate\n    supports");
    course
        .edit(M01, "bloom_level: apply\n    supports", "bloom_level: create\n    supports")
        .edit(M02, "bloom_level: apply\n    supports", "bloom_level: create\n    supports");

    assertThat(course.printed("PRG-009"))
        .containsExactly(
            "program.yml:32:10: warning [PRG-009] The audience is entry level, but 7 of 12 module"
                + " objectives are at Evaluate or Create, more than half (E2659-24 6.1.2(3):"
                + " entry-level learners need a foundation first; QM 2.5). Bring most objectives to"
                + " a level a newcomer can reach, e.g. `bloom_level: apply`, or set `level:"
                + " intermediate` if the audience is experienced.");
  }

  @Test
  void anAdvancedAudienceWithOnlyRememberAndUnderstandIsAWarning() {
    course.edit("program.yml", "  level: entry\n", "  level: advanced\n");
    for (String module : new String[] {M01, M02, M03, M04}) {
      String text = course.read(module);
      for (String level : new String[] {"apply", "evaluate", "remember"}) {
        text =
            text.replace(
                "bloom_level: " + level + "\n    supports",
                "bloom_level: understand\n    supports");
      }
      course.write(module, text);
    }
    course.edit(
        "program.yml", "credit:\n" + "  - { type: iacet-ceu, amount: 0.3, unit: ceu }\n", "");

    assertThat(course.printed("PRG-009"))
        .containsExactly(
            "program.yml:32:10: warning [PRG-009] The audience is advanced, but all 12 module"
                + " objectives are at Remember or Understand (E2659-24 6.1.2(3); QM 2.5). Give"
                + " advanced learners objectives that use, analyse or judge, e.g. `bloom_level:"
                + " analyze`, or set `level: entry` if the program is introductory.");
  }

  @Test
  void aCreditBearingModuleWithoutAnApplyObjectiveIsAWarning() {
    replaceAll(M02, "bloom_level: apply\n    supports", "bloom_level: understand\n    supports");
    replaceAll(M02, "bloom_level: evaluate\n    supports", "bloom_level: understand\n    supports");

    assertThat(course.printed("PRG-009"))
        .containsExactly(
            "modules/m02-chain-of-identity.md:8:3: warning [PRG-009] Module"
                + " `m02-chain-of-identity` has no objective at Apply or above, but the program"
                + " carries CE credit (iacet-ceu), which should change what learners can do, not"
                + " only what they know (ACCME Criterion 3; QM 3.4). Add or raise an objective to"
                + " Apply or above, e.g. `bloom_level: apply` with a verb such as perform, use or"
                + " calculate.");
  }

  @Test
  void aPsychomotorObjectiveCountsAsPerformanceAndAProgramWithoutCreditIsNotJudged() {
    replaceAll(M02, "bloom_level: apply\n    supports", "bloom_level: understand\n    supports");
    replaceAll(
        M02,
        "bloom_level: evaluate\n    supports",
        "bloom_level: understand\n    domain: psychomotor\n    supports");
    assertThat(course.printed("PRG-009")).isEmpty();

    replaceAll(M02, "    domain: psychomotor\n", "");
    course.edit(
        "program.yml", "credit:\n" + "  - { type: iacet-ceu, amount: 0.3, unit: ceu }\n", "");
    assertThat(course.printed("PRG-009")).isEmpty();
  }
}
