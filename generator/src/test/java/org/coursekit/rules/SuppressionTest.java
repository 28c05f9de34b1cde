package org.coursekit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coursekit.rules.TestCourses.course;
import static org.coursekit.rules.TestCourses.module;

import java.nio.file.Path;
import java.util.List;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.diag.SourceRef;
import org.coursekit.history.CourseHistory;
import org.coursekit.model.Course;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint.ignore}: suppressions need a reason, and unused ones are reported. */
class SuppressionTest {

  private static final String MODULE = "modules/m09-settings.md";

  /** A rule that reports one finding at line 20 of {@code file}. */
  private static Rule reportingIn(String id, String file) {
    return new TestRule(
        id,
        Severity.WARNING,
        (course, context) -> context.report(new SourceRef(file, 20, 1), "Problem found by " + id));
  }

  private static List<String> printed(Course course, Rule... rules) {
    return new CourseValidator(List.of(rules))
            .validate(course, new ValidationOptions(CourseFixture.TODAY, null, CourseHistory.NONE))
            .stream()
            .map(Finding::format)
            .toList();
  }

  /** The example course plus a module whose front matter has {@code ignoreEntries}. */
  private static Course withModule(Path folder, String... ignoreEntries) {
    StringBuilder text =
        new StringBuilder("---\nid: m09-settings\ntitle: Settings test module\nlint:\n  ignore:\n");
    for (String entry : ignoreEntries) {
      text.append("    - ").append(entry).append('\n');
    }
    text.append("---\n\n# Settings test module\n");
    return CourseFixture.exampleCourseIn(folder).write(MODULE, text.toString()).load();
  }

  @Test
  void anEntryWithAReasonSuppressesTheRuleInThatFile(@TempDir Path folder) {
    Course course =
        withModule(folder, "{ rule: LO-005, reason: \"The checklist is the objective here\" }");

    assertThat(printed(course, reportingIn("LO-005", MODULE))).isEmpty();
  }

  @Test
  void anEntryWithoutAReasonIsAnErrorAndSuppressesNothing(@TempDir Path folder) {
    Course course = withModule(folder, "{ rule: LO-005 }", "{ rule: LO-004, reason: \"  \" }");

    assertThat(printed(course, reportingIn("LO-005", MODULE), reportingIn("LO-004", MODULE)))
        .containsExactly(
            MODULE
                + ":6:7: error [FMT-003] This `lint.ignore` entry switches off LO-005 without a"
                + " `reason`, so it is ignored and LO-005 is still reported here. Accreditation"
                + " reviewers check every rule a course switches off, so each entry needs a"
                + " one-line justification, e.g. `{ rule: LO-003, reason: \"'verify' is used as an"
                + " Evaluate verb here\" }`.",
            MODULE
                + ":7:7: error [FMT-003] This `lint.ignore` entry switches off LO-004 without a"
                + " `reason`, so it is ignored and LO-004 is still reported here. Accreditation"
                + " reviewers check every rule a course switches off, so each entry needs a"
                + " one-line justification, e.g. `{ rule: LO-003, reason: \"'verify' is used as an"
                + " Evaluate verb here\" }`.",
            MODULE + ":20:1: warning [LO-004] Problem found by LO-004",
            MODULE + ":20:1: warning [LO-005] Problem found by LO-005");
  }

  @Test
  void anEntryThatSuppressesNothingIsReportedAsUnused(@TempDir Path folder) {
    Course course = withModule(folder, "{ rule: LO-005, reason: \"Checked by hand\" }");

    // The rule reports in another file only, so the entry has nothing to suppress.
    assertThat(printed(course, reportingIn("LO-005", "modules/m01-receipt.md")))
        .containsExactly(
            "modules/m01-receipt.md:20:1: warning [LO-005] Problem found by LO-005",
            MODULE
                + ":6:7: info [FMT-004] Unused suppression: this `lint.ignore` entry switches off"
                + " LO-005, but LO-005 reports nothing in this file. Remove the entry, so the"
                + " exceptions reviewers read stay current and a future problem of this kind is"
                + " not hidden.");
  }

  @Test
  void anEntryForARuleSwitchedOffInCoursekitYmlIsUnusedAndSaysWhy() {
    Course course =
        course().setting("LO-005", "off").module(module("m01").ignore("LO-005")).build();

    assertThat(printed(course, reportingIn("LO-005", "modules/m01.md")))
        .containsExactly(
            "modules/m01.md:2:1: info [FMT-004] Unused suppression: this `lint.ignore` entry"
                + " switches off LO-005, but LO-005 is switched off for the whole course in"
                + " coursekit.yml. Remove the entry, so the exceptions reviewers read stay current"
                + " and a future problem of this kind is not hidden.");
  }

  @Test
  void aSuppressionOfARuleThatFailedIsNotCalledUnused() {
    Rule failing =
        new TestRule(
            "LO-005",
            Severity.WARNING,
            (course, context) -> {
              throw new IllegalStateException("boom");
            });
    Course course = course().module(module("m01").ignore("LO-005")).build();

    assertThat(printed(course, failing))
        .singleElement()
        .asString()
        .startsWith("program.yml:1:1: error [LO-005] Rule LO-005 (Test rule LO-005) failed");
  }

  @Test
  void formatChecksCannotBeSuppressed() {
    Course course = course().module(module("m01").ignore("FMT-004")).build();

    assertThat(printed(course, reportingIn("LO-005", "modules/m01.md")))
        .containsExactly(
            "modules/m01.md:2:1: warning [FMT-004] `lint.ignore` names `FMT-004`, a format check."
                + " Format checks (FMT-001 to FMT-005) cannot be suppressed: they report a file or"
                + " value CourseKit cannot read as written, so no rule could check that part of the"
                + " course. Remove this entry and fix what the FMT-004 finding points at instead.",
            "modules/m01.md:20:1: warning [LO-005] Problem found by LO-005");
  }
}
