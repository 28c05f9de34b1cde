package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramProfileTest {

  private CourseFixture course;

  @BeforeEach
  void copyExample(@TempDir Path folder) {
    course = CourseFixture.exampleCourseIn(folder);
  }

  @Test
  void theExampleCourseHasACompleteProfile() {
    assertThat(course.printed("PRG-001")).isEmpty();
  }

  @Test
  void anExplicitlyEmptyPrerequisiteListIsANearMiss() {
    YamlBlocks.replace(
        course, "program.yml", "prerequisites", "prerequisites: []\nprerequisites_none: true\n");

    assertThat(course.printed("PRG-001")).isEmpty();
  }

  @Test
  void anEmptyPrerequisiteListWithoutTheFlagIsAnError() {
    YamlBlocks.replace(course, "program.yml", "prerequisites", "prerequisites: []\n");

    assertThat(course.printed("PRG-001"))
        .containsExactly(
            "program.yml:33:16: error [PRG-001] program.yml lists no `prerequisites`: say what"
                + " learners must know or have done before they start (QM Standard 1). List them,"
                + " e.g. `prerequisites: [Site GMP orientation]`, or, if there are none, write"
                + " `prerequisites: []` and `prerequisites_none: true`.");
  }

  @Test
  void anEmptyPurposeIsAnErrorWhereTheValueBelongs() {
    YamlBlocks.replace(course, "program.yml", "purpose", "purpose:\n");

    assertThat(course.printed("PRG-001"))
        .containsExactly(
            "program.yml:7:9: error [PRG-001] program.yml has no `purpose`: say what the program"
                + " prepares learners to do (E2659-24 6.1.2(3); ICE 1100 Std 1). Add it, e.g."
                + " `purpose: Prepare newly hired technicians to receive and store cell products"
                + " safely`.");
  }

  @Test
  void aMissingAudienceDescriptionIsAnErrorAtTheEnclosingMapping() {
    YamlBlocks.remove(course, "program.yml", "  description");

    assertThat(course.printed("PRG-001"))
        .containsExactly(
            "program.yml:28:3: error [PRG-001] program.yml has no"
                + " `intended_audience.description`: say who the program is for (E2659-24"
                + " 6.1.2(3); ICE 1100 Std 1). Add it, e.g. `intended_audience: { description:"
                + " Newly hired cell therapy technicians, level: entry }`.");
  }

  @Test
  void aMissingScopeIsAnErrorAtTheProgramWithAWarningForExclusions() {
    YamlBlocks.remove(course, "program.yml", "scope");

    assertThat(course.printed("PRG-001"))
        .containsExactly(
            "program.yml:1:1: error [PRG-001] program.yml has no `scope.includes`: list the"
                + " topics the program covers (E2659-24 6.1.2(3); ICE 1100 Std 1). Add it, e.g."
                + " `scope: { includes: [receipt of cell products, chain of identity], excludes:"
                + " [clinical administration] }`.",
            "program.yml:1:1: warning [PRG-001] program.yml has no `scope.excludes`: saying what"
                + " the program does not cover keeps learners from expecting more (E2659-24"
                + " 6.1.2(3); ICE 1100 Std 1). Add it, e.g. `excludes: [clinical administration]`"
                + " under `scope`.");
  }

  @Test
  void anAudienceLevelOutsideTheListIsAnErrorWithASuggestion() {
    course.edit("program.yml", "  level: entry\n", "  level: intermedate\n");

    assertThat(course.printed("PRG-001"))
        .containsExactly(
            "program.yml:32:10: error [PRG-001] `intended_audience.level` is `intermedate`, which"
                + " is not one of entry, intermediate or advanced (E2659-24 6.1.2(3); ICE 1100 Std"
                + " 1). Did you mean `intermediate`?");
  }

  @Test
  void aMissingAudienceLevelIsAnError() {
    course.edit("program.yml", "  level: entry\n", "");

    assertThat(course.printed("PRG-001"))
        .containsExactly(
            "program.yml:28:3: error [PRG-001] program.yml has no `intended_audience.level`: say"
                + " whether the program is for entry, intermediate or advanced learners (E2659-24"
                + " 6.1.2(3); ICE 1100 Std 1). Add it, e.g. `level: entry` under"
                + " `intended_audience`.");
  }

  @Test
  void missingExclusionsAndMissionAlignmentAreWarnings() {
    YamlBlocks.remove(course, "program.yml", "  excludes");
    YamlBlocks.remove(course, "program.yml", "mission_alignment");

    assertThat(course.printed("PRG-001"))
        .containsExactly(
            "program.yml:1:1: warning [PRG-001] program.yml has no `mission_alignment`: say how"
                + " the program serves the institute's mission (E2659-09 5.1.2.1). Add it, e.g."
                + " `mission_alignment: The institute trains a safe cell therapy workforce; this"
                + " program covers product handling`.",
            "program.yml:13:3: warning [PRG-001] program.yml has no `scope.excludes`: saying what"
                + " the program does not cover keeps learners from expecting more (E2659-24"
                + " 6.1.2(3); ICE 1100 Std 1). Add it, e.g. `excludes: [clinical administration]`"
                + " under `scope`.");
  }
}
