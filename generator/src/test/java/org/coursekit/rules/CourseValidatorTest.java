package org.coursekit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coursekit.rules.TestCourses.at;
import static org.coursekit.rules.TestCourses.course;
import static org.coursekit.rules.TestCourses.module;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.yaml.YamlScalar;
import org.junit.jupiter.api.Test;

class CourseValidatorTest {

  /** A rule that reports one finding at each of {@code places}. */
  private static Rule reporting(String id, Severity severity, String... places) {
    return new TestRule(
        id,
        severity,
        (course, context) -> {
          for (String place : places) {
            String[] fileAndLine = place.split(":");
            context.report(
                at(fileAndLine[0], Integer.parseInt(fileAndLine[1])), "Problem found by " + id);
          }
        });
  }

  private static Rule failing(String id) {
    return new TestRule(
        id,
        Severity.ERROR,
        (course, context) -> {
          context.report(at("modules/m01.md", 1), "Reported before the failure");
          throw new IllegalStateException("boom");
        });
  }

  @Test
  void runsEveryRuleOnceAndReturnsFindingsInPositionOrder() {
    // Rules run in parallel, so the order they run in is not part of the contract; the order of
    // the rules list and of the findings is.
    List<String> ran = Collections.synchronizedList(new ArrayList<>());
    Rule second =
        new TestRule(
            "B-001",
            Severity.ERROR,
            (course, context) -> {
              ran.add("B-001");
              context.report(at("modules/m01.md", 9), "b");
            });
    Rule first =
        new TestRule(
            "A-001",
            Severity.ERROR,
            (course, context) -> {
              ran.add("A-001");
              context.report(at("program.yml", 2), "a");
              context.report(at("modules/m01.md", 3), "a");
            });
    CourseValidator validator = new CourseValidator(List.of(second, first));

    List<Finding> findings = validator.validate(course().build());

    assertThat(validator.rules()).extracting(Rule::id).containsExactly("A-001", "B-001");
    assertThat(ran).containsExactlyInAnyOrder("A-001", "B-001");
    assertThat(findings)
        .extracting(Finding::at)
        .containsExactly(at("modules/m01.md", 3), at("modules/m01.md", 9), at("program.yml", 2));
  }

  @Test
  void findingsTakeTheDefaultSeverityUnlessTheRuleChoosesOne() {
    Rule twoLevels =
        new TestRule(
            "LO-001",
            Severity.WARNING,
            (course, context) -> {
              context.report(at("modules/m01.md", 2), "Unknown verb");
              context.report(Severity.ERROR, at("modules/m01.md", 3), "No verb");
            });

    List<Finding> findings = new CourseValidator(List.of(twoLevels)).validate(course().build());

    assertThat(findings)
        .containsExactly(
            Finding.warning("LO-001", at("modules/m01.md", 2), "Unknown verb"),
            Finding.error("LO-001", at("modules/m01.md", 3), "No verb"));
  }

  @Test
  void lintIgnoreDropsFindingsOfThatRuleOnlyInThatModulesFile() {
    CourseValidator validator =
        new CourseValidator(
            List.of(
                reporting("LO-003", Severity.WARNING, "modules/m01.md:5", "modules/m02.md:5"),
                reporting("LO-004", Severity.INFO, "modules/m01.md:6")));
    Course course = course().module(module("m01").ignore("LO-003")).module(module("m02")).build();

    assertThat(validator.validate(course))
        .extracting(Finding::rule, Finding::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("LO-004", at("modules/m01.md", 6)),
            org.assertj.core.groups.Tuple.tuple("LO-003", at("modules/m02.md", 5)));
  }

  @Test
  void severityOverrideReplacesTheRulesSeverity() {
    Rule twoLevels =
        new TestRule(
            "LO-001",
            Severity.WARNING,
            (course, context) -> {
              context.report(at("modules/m01.md", 2), "Unknown verb");
              context.report(Severity.ERROR, at("modules/m01.md", 3), "No verb");
            });
    Course course = course().setting("LO-001", "info").build();

    assertThat(new CourseValidator(List.of(twoLevels)).validate(course))
        .extracting(Finding::severity)
        .containsExactly(Severity.INFO, Severity.INFO);
  }

  @Test
  void severityOverrideToWarning() {
    Course course = course().setting("PRG-005", "warning").build();

    assertThat(
            new CourseValidator(List.of(reporting("PRG-005", Severity.ERROR, "program.yml:4")))
                .validate(course))
        .containsExactly(
            Finding.warning("PRG-005", at("program.yml", 4), "Problem found by PRG-005"));
  }

  @Test
  void ruleSwitchedOffDoesNotRun() {
    Course course = course().setting("PRG-005", "off").build();
    CourseValidator validator =
        new CourseValidator(
            List.of(failing("PRG-005"), reporting("PRG-006", Severity.ERROR, "program.yml:4")));

    assertThat(validator.validate(course)).extracting(Finding::rule).containsExactly("PRG-006");
  }

  @Test
  void settingWithoutSeverityKeepsTheDefaultAndPassesItsOptions() {
    Rule readsOption =
        RuleWithOptions.of(
            new TestRule(
                "ASM-003",
                Severity.WARNING,
                (course, context) ->
                    context.report(
                        at("assessments/final.yml", 1),
                        "min_items_per_objective is "
                            + context
                                .options()
                                .get("min_items_per_objective")
                                .map(node -> ((YamlScalar) node).text())
                                .orElse("not set"))),
            "min_items_per_objective");
    CourseValidator validator = new CourseValidator(List.of(readsOption));

    assertThat(
            validator.validate(course().option("ASM-003", "min_items_per_objective", "3").build()))
        .containsExactly(
            Finding.warning(
                "ASM-003", at("assessments/final.yml", 1), "min_items_per_objective is 3"));
    assertThat(validator.validate(course().build()))
        .extracting(Finding::message)
        .containsExactly("min_items_per_objective is not set");
  }

  @Test
  void unknownRuleInCoursekitYmlIsAWarningWithASuggestion() {
    Course course = course().setting("LO-03", "warning").setting("XYZ", "off").build();
    CourseValidator validator = new CourseValidator(List.of(reporting("LO-003", Severity.WARNING)));

    assertThat(validator.validate(course))
        .containsExactly(
            Finding.warning(
                "FMT-004",
                at("coursekit.yml", 1),
                "coursekit.yml `rules` names rule `LO-03`, which CourseKit does not have, so this"
                    + " setting has no effect. Did you mean `LO-003`?"),
            Finding.warning(
                "FMT-004",
                at("coursekit.yml", 2),
                "coursekit.yml `rules` names rule `XYZ`, which CourseKit does not have, so this"
                    + " setting has no effect. Correct the id (rule ids look like `GEN-001`) or"
                    + " remove the entry."));
  }

  @Test
  void unknownRuleInLintIgnoreIsAWarningWithASuggestion() {
    Course course = course().module(module("m01").ignore("LO-03")).build();
    CourseValidator validator = new CourseValidator(List.of(reporting("LO-003", Severity.WARNING)));

    assertThat(validator.validate(course))
        .containsExactly(
            Finding.warning(
                "FMT-004",
                at("modules/m01.md", 2),
                "`lint.ignore` names rule `LO-03`, which CourseKit does not have, so it suppresses"
                    + " nothing. Did you mean `LO-003`?"));
  }

  @Test
  void aFailingRuleBecomesAnErrorFindingAndTheOtherRulesStillRun() {
    CourseValidator validator =
        new CourseValidator(
            List.of(failing("GEN-009"), reporting("PRG-001", Severity.ERROR, "program.yml:7")));

    assertThat(validator.validate(course().build()))
        .containsExactly(
            Finding.error(
                "GEN-009",
                at("program.yml", 1),
                "Rule GEN-009 (Test rule GEN-009) failed with an internal error and could not"
                    + " check this course (java.lang.IllegalStateException: boom). This is a bug"
                    + " in CourseKit, not in your course: please report it with this message. To"
                    + " build meanwhile, switch the rule off in coursekit.yml (`GEN-009: off`)."),
            Finding.error("PRG-001", at("program.yml", 7), "Problem found by PRG-001"));
  }

  @Test
  void aFailureWithoutMessageNamesTheExceptionType() {
    Rule npe =
        new TestRule(
            "GEN-009",
            Severity.ERROR,
            (course, context) -> {
              throw new NullPointerException();
            });

    assertThat(new CourseValidator(List.of(npe)).validate(course().build()))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("could not check this course (java.lang.NullPointerException).");
  }

  @Test
  void rejectsTwoRulesWithTheSameId() {
    List<Rule> rules =
        List.of(reporting("GEN-001", Severity.ERROR), reporting("GEN-001", Severity.WARNING));

    assertThatThrownBy(() -> new CourseValidator(rules))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GEN-001");
  }

  @Test
  void builtinAndServiceLoaderDiscoveryBothFindTheBuiltinRules() {
    assertThat(CourseValidator.builtin().rules()).extracting(Rule::id).contains("GEN-001");
    assertThat(CourseValidator.discover(getClass().getClassLoader()).rules())
        .extracting(Rule::id)
        .containsExactlyElementsOf(
            CourseValidator.builtin().rules().stream().map(Rule::id).toList());
  }
}
