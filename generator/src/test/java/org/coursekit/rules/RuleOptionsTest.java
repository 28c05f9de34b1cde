package org.coursekit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coursekit.rules.TestCourses.at;
import static org.coursekit.rules.TestCourses.course;

import java.nio.file.Path;
import java.util.List;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.history.CourseHistory;
import org.coursekit.model.Course;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** coursekit.yml {@code rules:}: options are checked against the names each rule reads. */
class RuleOptionsTest {

  private static final Rule ITEMS_PER_OBJECTIVE =
      RuleWithOptions.of(
          new TestRule(
              "ASM-003",
              Severity.WARNING,
              (course, context) ->
                  context.report(
                      at("assessments/final-exam.yml", 1),
                      "min " + context.intOption("min_items_per_objective", 3))),
          "min_items_per_objective",
          "count_formative");
  private static final Rule WITHOUT_OPTIONS =
      new TestRule("LO-006", Severity.WARNING, (c, x) -> {});

  private static List<String> printed(Course course) {
    return new CourseValidator(List.of(ITEMS_PER_OBJECTIVE, WITHOUT_OPTIONS))
            .validate(course, new ValidationOptions(CourseFixture.TODAY, null, CourseHistory.NONE))
            .stream()
            .map(Finding::format)
            .toList();
  }

  @Test
  void aKnownOptionIsPassedToTheRuleWithoutAFinding() {
    assertThat(printed(course().option("ASM-003", "min_items_per_objective", "2").build()))
        .containsExactly("assessments/final-exam.yml:1:1: warning [ASM-003] min 2");
  }

  @Test
  void anUnknownOptionIsAWarningAtTheKeyWithASuggestion(@TempDir Path folder) {
    Course course =
        CourseFixture.exampleCourseIn(folder)
            .write(
                "coursekit.yml",
                "profile: release\n"
                    + "rules:\n"
                    + "  ASM-003: { severity: warning, min_item_per_objective: 2 }\n")
            .load();

    assertThat(printed(course))
        .containsExactly(
            "assessments/final-exam.yml:1:1: warning [ASM-003] min 3",
            "coursekit.yml:3:33: warning [FMT-004] `min_item_per_objective` is not an option of"
                + " ASM-003 (Test rule ASM-003), so CourseKit ignores it. Did you mean"
                + " `min_items_per_objective`?");
  }

  @Test
  void anUnknownOptionWithoutACloseMatchListsTheRulesOptions() {
    assertThat(printed(course().option("ASM-003", "colour", "red").build()))
        .contains(
            "coursekit.yml:2:1: warning [FMT-004] `colour` is not an option of ASM-003 (Test rule"
                + " ASM-003), so CourseKit ignores it. ASM-003 reads `count_formative`,"
                + " `min_items_per_objective`.");
  }

  @Test
  void anOptionOfARuleWithoutOptionsSaysOnlyTheSeverityCanBeSet() {
    assertThat(printed(course().option("LO-006", "strict", "true").build()))
        .contains(
            "coursekit.yml:2:1: warning [FMT-004] `strict` is not an option of LO-006 (Test rule"
                + " LO-006), so CourseKit ignores it. LO-006 has no options; only its severity can"
                + " be set, e.g. `LO-006: warning`.");
  }

  @Test
  void aFormatCheckInRulesSaysItCannotBeChanged() {
    assertThat(printed(course().setting("FMT-004", "off").build()))
        .contains(
            "coursekit.yml:1:1: warning [FMT-004] coursekit.yml `rules` names `FMT-004`, a format"
                + " check. Format checks (FMT-001 to FMT-005) cannot be changed or switched off:"
                + " they report a file or value CourseKit cannot read as written, so no rule could"
                + " check that part of the course. Remove this entry and fix what the FMT-004"
                + " finding points at instead.");
  }
}
