package org.coursekit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CutScoreMethodTest {

  private static final String METHODS =
      "modified-angoff, angoff, ebel, nedelsky, bookmark, borderline-group, contrasting-groups,"
          + " hofstee, other";

  private CourseFixture course;

  @BeforeEach
  void copyExample(@TempDir Path folder) {
    course = CourseFixture.exampleCourseIn(folder);
  }

  @Test
  void theExampleCutScoreIsDocumented() {
    assertThat(course.printed("PRG-007")).isEmpty();
  }

  @Test
  void aMethodWrittenAsWordsIsANearMiss() {
    course.edit("program.yml", "method: modified-angoff", "method: Modified Angoff");

    assertThat(course.printed("PRG-007")).isEmpty();
  }

  @Test
  void aFixedPercentageIsAnError() {
    course.edit("program.yml", "method: modified-angoff", "method: fixed-percentage");

    assertThat(course.printed("PRG-007"))
        .containsExactly(
            "program.yml:78:13: error [PRG-007] The cut score is a fixed percentage, which says"
                + " nothing about the competence a passing learner has (ICE 1100;"
                + " criterion-referenced standard setting). Have a panel of SMEs set it with a"
                + " recognised method and record it, e.g. `method: modified-angoff`.");
  }

  @Test
  void anUnknownMethodIsAnErrorWithASuggestion() {
    course.edit("program.yml", "method: modified-angoff", "method: angof");

    assertThat(course.printed("PRG-007"))
        .containsExactly(
            "program.yml:78:13: error [PRG-007] `method: angof` is not a standard-setting method"
                + " CourseKit knows (ICE 1100). Did you mean `angoff`? Use one of "
                + METHODS
                + "; with `other`, explain the method in `justification`.");
  }

  @Test
  void otherNeedsAJustification() {
    course.edit("program.yml", "method: modified-angoff", "method: other");
    assertThat(course.printed("PRG-007"))
        .containsExactly(
            "program.yml:75:5: error [PRG-007] `method: other` needs a `justification` that names"
                + " the method and why it suits the program (ICE 1100). Add it, e.g."
                + " `justification: Hofstee compromise adapted for a performance task, see the"
                + " report`.");

    course.edit(
        "program.yml",
        "method: other",
        "method: other\n    justification: Dominant profile method for the work sample");
    assertThat(course.printed("PRG-007")).isEmpty();
  }

  @Test
  void missingMethodAndDateAreErrors() {
    course.edit("program.yml", "    method: modified-angoff\n", "");
    course.edit("program.yml", "    set_on: 2026-11-25\n", "");

    assertThat(course.printed("PRG-007"))
        .containsExactly(
            "program.yml:75:5: error [PRG-007] The passing standard has no `set_on` date: record"
                + " when the panel set the cut score, so reviewers can tell whether later item"
                + " changes affect it (ICE 1100). Add it, e.g. `set_on: 2026-03-12`.",
            "program.yml:75:5: error [PRG-007] The passing standard names no standard-setting"
                + " `method`, so nothing shows how the cut score was chosen (ICE 1100). Name the"
                + " method the panel used, e.g. `method: modified-angoff`; accepted: "
                + METHODS
                + ".");
  }

  @Test
  void aPanelWithTwoSmesIsTooSmallByDefault() {
    course.edit(
        "program.yml",
        "panel: [sme-chen, sme-okafor, sme-ali]",
        "panel: [sme-chen, sme-okafor, author-rivera]");

    assertThat(course.printed("PRG-007"))
        .containsExactly(
            "program.yml:80:12: error [PRG-007] The standard-setting panel must have at least 3"
                + " people from people.yml with the role `sme`; it has 2 (sme-chen, sme-okafor)"
                + " (ICE 1100: qualified SMEs set the cut score). List the panel members, e.g."
                + " `panel: [sme-chen, sme-okafor, sme-ali]`, and give each `roles: [sme]` in"
                + " people.yml.");
  }

  @Test
  void thePanelSizeAndRoleAreOptions() {
    course
        .edit(
            "program.yml",
            "panel: [sme-chen, sme-okafor, sme-ali]",
            "panel: [sme-chen, sme-okafor, author-rivera]")
        .write(
            "coursekit.yml",
            course.read("coursekit.yml") + "rules:\n  PRG-007: { min_panel: 2 }\n");
    assertThat(course.printed("PRG-007")).isEmpty();

    course.write(
        "coursekit.yml",
        course
            .read("coursekit.yml")
            .replace("{ min_panel: 2 }", "{ panel_role: psychometrician }"));
    assertThat(course.printed("PRG-007"))
        .containsExactly(
            "program.yml:80:12: error [PRG-007] The standard-setting panel must have at least 3"
                + " people from people.yml with the role `psychometrician`; it has none (ICE 1100:"
                + " qualified SMEs set the cut score). List the panel members, e.g. `panel:"
                + " [sme-chen, sme-okafor, sme-ali]`, and give each `roles: [psychometrician]` in"
                + " people.yml.");
  }

  @Test
  void aMissingReportIsAnError() {
    course.edit("program.yml", "    report: docs/standard-setting-2026.md\n", "");

    assertThat(course.printed("PRG-007"))
        .containsExactly(
            "program.yml:75:5: error [PRG-007] The passing standard names no standard-setting"
                + " `report`; the report is the evidence accreditors ask for (ICE 1100). Add the"
                + " document to the course and name it, e.g. `report:"
                + " docs/standard-setting-2026.md`.");
  }

  @Test
  void itemsChangedOnTheDayTheCutScoreWasSetAreANearMiss() {
    YamlBlocks.replace(course, "program.yml", "    set_on", "    set_on: 2026-09-22\n");
    course.history(
        FakeHistory.empty()
            .changed("items/secure/Q-M01-S01.yml", LocalDate.of(2026, 9, 22))
            .changed("assessments/final-exam.yml", LocalDate.of(2026, 9, 1)));

    assertThat(course.printed("PRG-007")).isEmpty();
  }

  @Test
  void itemsOrBlueprintChangedAfterTheCutScoreWasSetAreAWarning() {
    YamlBlocks.replace(course, "program.yml", "    set_on", "    set_on: 2026-09-22\n");
    course.history(
        FakeHistory.empty()
            .changed("items/secure/Q-M01-S01.yml", LocalDate.of(2026, 9, 23))
            .changed("assessments/final-exam.yml", LocalDate.of(2026, 10, 2))
            .changed("items/Q-M01-F2.yml", LocalDate.of(2026, 11, 1)));

    assertThat(course.printed("PRG-007"))
        .containsExactly(
            "program.yml:79:13: warning [PRG-007] The cut score was set on 2026-09-22, but 2 files"
                + " it rests on changed later (git): assessments/final-exam.yml (2026-10-02),"
                + " items/secure/Q-M01-S01.yml (2026-09-23). A changed item pool or blueprint can"
                + " make the cut score wrong (ICE 1100). Have the panel review the cut score for"
                + " the changed items, then update `set_on` and the report.");
  }
}
