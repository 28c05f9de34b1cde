package org.coursekit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coursekit.rules.TestCourses.at;
import static org.coursekit.rules.TestCourses.course;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.history.CourseHistory;
import org.coursekit.load.CourseLoader;
import org.coursekit.model.Course;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code draft} and {@code release} profiles, chosen in coursekit.yml or by the build. */
class ProfileTest {

  private static final Rule NO_VERB =
      new TestRule(
          "LO-001",
          Severity.ERROR,
          (course, context) -> context.report(at("modules/m01.md", 2), "No verb"));
  private static final Rule UNRESOLVED =
      new TestRule(
          "GEN-001",
          Severity.ERROR,
          (course, context) -> context.report(at("modules/m01.md", 3), "Unresolved"));
  private static final Rule VAGUE =
      new TestRule(
          "LO-004",
          Severity.WARNING,
          (course, context) -> context.report(at("modules/m01.md", 4), "Vague"));
  private static final Rule TELLS_PROFILE =
      new TestRule(
          "PRG-011",
          Severity.INFO,
          (course, context) ->
              context.report(at("program.yml", 1), "profile " + context.profile()));

  private static final CourseValidator VALIDATOR =
      new CourseValidator(List.of(NO_VERB, UNRESOLVED, VAGUE, TELLS_PROFILE));

  private static List<String> printed(Course course, String profile) {
    return VALIDATOR
        .validate(course, new ValidationOptions(CourseFixture.TODAY, profile, CourseHistory.NONE))
        .stream()
        .map(Finding::format)
        .toList();
  }

  @Test
  void releaseIsTheDefaultAndKeepsEverySeverity() {
    assertThat(printed(course().build(), null))
        .containsExactly(
            "modules/m01.md:2:1: error [LO-001] No verb",
            "modules/m01.md:3:1: error [GEN-001] Unresolved",
            "modules/m01.md:4:1: warning [LO-004] Vague",
            "program.yml:1:1: info [PRG-011] profile release");
  }

  @Test
  void draftTurnsErrorsIntoWarningsExceptGen001() {
    assertThat(printed(course().build(), "draft"))
        .containsExactly(
            "modules/m01.md:2:1: warning [LO-001] No verb",
            "modules/m01.md:3:1: error [GEN-001] Unresolved",
            "modules/m01.md:4:1: warning [LO-004] Vague",
            "program.yml:1:1: info [PRG-011] profile draft");
  }

  @Test
  void draftAlsoDowngradesAnErrorSetInCoursekitYml() {
    Course course = course().setting("LO-004", "error").build();

    assertThat(printed(course, "release")).contains("modules/m01.md:4:1: error [LO-004] Vague");
    assertThat(printed(course, "draft")).contains("modules/m01.md:4:1: warning [LO-004] Vague");
  }

  @Test
  void draftKeepsFormatErrorsFromRuleOptions() {
    Rule readsNumber =
        RuleWithOptions.of(
            new TestRule(
                "ASM-003",
                Severity.WARNING,
                (course, context) -> context.intOption("min_items", 1)),
            "min_items");
    Course course = course().option("ASM-003", "min_items", "two").build();

    assertThat(
            new CourseValidator(List.of(readsNumber))
                .validate(
                    course,
                    new ValidationOptions(CourseFixture.TODAY, "draft", CourseHistory.NONE)))
        .extracting(Finding::rule, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("FMT-003", Severity.ERROR));
  }

  @Test
  void theProfileInCoursekitYmlAppliesAndTheBuildsProfileWinsOverIt(@TempDir Path folder) {
    CourseFixture fixture =
        CourseFixture.exampleCourseIn(folder)
            .edit("coursekit.yml", "profile: release", "profile: draft");
    Course course = fixture.load();

    assertThat(printed(course, null))
        .contains(
            "modules/m01.md:2:1: warning [LO-001] No verb",
            "program.yml:1:1: info [PRG-011] profile draft");
    assertThat(printed(course, "release"))
        .contains(
            "modules/m01.md:2:1: error [LO-001] No verb",
            "program.yml:1:1: info [PRG-011] profile release");
  }

  @Test
  void anInvalidProfileFromTheBuildIsAnErrorWithASuggestionAndTheFilesProfileApplies() {
    assertThat(printed(course().build(), "relase"))
        .containsExactly(
            "coursekit.yml:1:1: error [FMT-003] The profile `relase` given to the build (plugin"
                + " parameter `profile` or -Dcoursekit.profile) must be `draft` or `release`, so"
                + " CourseKit checks this course with the `release` profile instead. Did you mean"
                + " `release`? Use `-Dcoursekit.profile=draft` while writing and `release` before"
                + " publishing.",
            "modules/m01.md:2:1: error [LO-001] No verb",
            "modules/m01.md:3:1: error [GEN-001] Unresolved",
            "modules/m01.md:4:1: warning [LO-004] Vague",
            "program.yml:1:1: info [PRG-011] profile release");
  }

  @Test
  void anInvalidProfileInCoursekitYmlIsAnErrorWithASuggestion(@TempDir Path folder)
      throws IOException {
    CourseFixture fixture =
        CourseFixture.exampleCourseIn(folder)
            .edit("coursekit.yml", "profile: release", "profile: drafft");

    List<String> findings =
        new CourseLoader().load(fixture.root()).findings().stream().map(Finding::format).toList();

    assertThat(findings)
        .singleElement()
        .asString()
        .startsWith("coursekit.yml:1:10: error [FMT-003] `profile` must be `draft` or `release`")
        .endsWith("Did you mean `draft`?");
  }
}
