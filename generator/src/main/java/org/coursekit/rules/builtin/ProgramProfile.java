package org.coursekit.rules.builtin;

import static org.coursekit.rules.builtin.YamlPaths.at;
import static org.coursekit.rules.builtin.YamlPaths.blank;

import java.util.List;
import org.coursekit.diag.Severity;
import org.coursekit.diag.Suggestions;
import org.coursekit.model.Course;
import org.coursekit.model.Program;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.yaml.YamlMap;

/** PRG-001: program.yml states purpose, scope, audience, prerequisites and mission alignment. */
final class ProgramProfile implements Rule {

  static final List<String> AUDIENCE_LEVELS = List.of("entry", "intermediate", "advanced");

  private static final String WHY = "(E2659-24 6.1.2(3); ICE 1100 Std 1)";

  @Override
  public String id() {
    return "PRG-001";
  }

  @Override
  public String name() {
    return "Program profile is complete";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "ASTM E2659-24 6.1.2(3), E2659-09 5.1.2.1, ICE 1100 Standard 1 and QM Standard 1: the"
        + " design is judged against a stated purpose, scope, intended audience and level and"
        + " prerequisites, and must fit the issuer's mission; learners see them before enrolling.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    Program program = course.program();
    if (program == null) {
      return;
    }
    YamlMap root = program.source();
    if (blank(program.purpose())) {
      context.report(
          at(root, "purpose"),
          "program.yml has no `purpose`: say what the program prepares learners to do "
              + WHY
              + ". Add it, e.g. `purpose: Prepare newly hired technicians to receive and store"
              + " cell products safely`.");
    }
    checkScope(program, root, context);
    checkAudience(program, root, context);
    checkPrerequisites(program, root, context);
    if (blank(program.missionAlignment())) {
      context.report(
          Severity.WARNING,
          at(root, "mission_alignment"),
          "program.yml has no `mission_alignment`: say how the program serves the institute's"
              + " mission (E2659-09 5.1.2.1). Add it, e.g. `mission_alignment: The institute"
              + " trains a safe cell therapy workforce; this program covers product handling`.");
    }
  }

  private static void checkScope(Program program, YamlMap root, RuleContext context) {
    Program.Scope scope = program.scope();
    if (scope == null || scope.includes().stream().allMatch(YamlPaths::blank)) {
      context.report(
          at(root, "scope.includes"),
          "program.yml has no `scope.includes`: list the topics the program covers "
              + WHY
              + ". Add it, e.g. `scope: { includes: [receipt of cell products, chain of"
              + " identity], excludes: [clinical administration] }`.");
    }
    if (scope == null || scope.excludes().stream().allMatch(YamlPaths::blank)) {
      context.report(
          Severity.WARNING,
          at(root, "scope.excludes"),
          "program.yml has no `scope.excludes`: saying what the program does not cover keeps"
              + " learners from expecting more "
              + WHY
              + ". Add it, e.g. `excludes: [clinical administration]` under `scope`.");
    }
  }

  private static void checkAudience(Program program, YamlMap root, RuleContext context) {
    Program.Audience audience = program.audience();
    if (audience == null || blank(audience.description())) {
      context.report(
          at(root, "intended_audience.description"),
          "program.yml has no `intended_audience.description`: say who the program is for "
              + WHY
              + ". Add it, e.g. `intended_audience: { description: Newly hired cell therapy"
              + " technicians, level: entry }`.");
    }
    String level = audience == null ? null : audience.level();
    if (blank(level)) {
      context.report(
          at(root, "intended_audience.level"),
          "program.yml has no `intended_audience.level`: say whether the program is for entry,"
              + " intermediate or advanced learners "
              + WHY
              + ". Add it, e.g. `level: entry` under `intended_audience`.");
    } else if (!AUDIENCE_LEVELS.contains(level)) {
      String hint = Suggestions.didYouMean(level, AUDIENCE_LEVELS);
      context.report(
          at(root, "intended_audience.level"),
          "`intended_audience.level` is `"
              + level
              + "`, which is not one of entry, intermediate or advanced "
              + WHY
              + ". "
              + (hint.isEmpty() ? "Use one of them, e.g. `level: entry`." : hint));
    }
  }

  private static void checkPrerequisites(Program program, YamlMap root, RuleContext context) {
    boolean listed = program.prerequisites().stream().anyMatch(p -> !blank(p));
    if (listed || program.prerequisitesNone()) {
      return;
    }
    context.report(
        at(root, "prerequisites"),
        "program.yml lists no `prerequisites`: say what learners must know or have done before"
            + " they start (QM Standard 1). List them, e.g. `prerequisites: [Site GMP"
            + " orientation]`, or, if there are none, write `prerequisites: []` and"
            + " `prerequisites_none: true`.");
  }
}
