package org.coursekit.rules.builtin;

import static org.coursekit.rules.builtin.YamlPaths.at;
import static org.coursekit.rules.builtin.YamlPaths.blank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.Program;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.yaml.YamlMap;

/**
 * PRG-012: the program is evaluated on a cycle with learner reactions and outcome data, and
 * internal audit and management review are recorded.
 */
final class EvaluationCurrent implements Rule {

  static final String REACTION_INSTRUMENTS = "reaction_instruments";
  static final String OUTCOME_INSTRUMENTS = "outcome_instruments";

  /** Words that mark an instrument as a learner-reaction survey (Kirkpatrick level 1). */
  static final List<String> REACTION_WORDS =
      List.of("reaction", "satisfaction", "learner-survey", "participant-survey", "level-1");

  /** Words that mark an instrument as outcome data: what learners achieved. */
  static final List<String> OUTCOME_WORDS =
      List.of(
          "outcome",
          "item-analysis",
          "pass-rate",
          "exam-result",
          "assessment-result",
          "score",
          "level-2");

  private static final int DEFAULT_CYCLE_MONTHS = 12;

  @Override
  public String id() {
    return "PRG-012";
  }

  @Override
  public String name() {
    return "Program evaluation, internal audit and management review are current";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String help() {
    return "ANAB's three pillars (internal audit, program evaluation, management review), the ICE"
        + " accreditation council and ACPE Standard 11: a program is evaluated on a regular cycle"
        + " with learner reactions and outcome data, and audits and management reviews are"
        + " recorded. Options add instrument names that count as a reaction survey or outcome"
        + " data.";
  }

  @Override
  public Set<String> optionNames() {
    return Set.of(REACTION_INSTRUMENTS, OUTCOME_INSTRUMENTS);
  }

  @Override
  public void check(Course course, RuleContext context) {
    Program program = course.program();
    if (program == null) {
      return;
    }
    YamlMap root = program.source();
    Program.Evaluation evaluation = program.evaluation();
    if (evaluation == null) {
      context.report(
          at(root, "evaluation"),
          "program.yml has no `evaluation`: say how and when the program is evaluated with real"
              + " participant data (ANAB, program evaluation). Add it, e.g. `evaluation: { plan:"
              + " docs/evaluation-plan.md, cycle_months: 12, instruments: [reaction-survey,"
              + " item-analysis], last_completed: 2026-06-30 }`.");
    } else {
      checkEvaluation(evaluation, root, context);
    }
    checkQuality(program.quality(), root, context);
  }

  private static void checkEvaluation(
      Program.Evaluation evaluation, YamlMap root, RuleContext context) {
    if (blank(evaluation.plan())) {
      context.report(
          at(root, "evaluation.plan"),
          "`evaluation` names no `plan`: the evaluation plan says what is measured and how results"
              + " lead to changes (ANAB, program evaluation). Add it, e.g. `plan:"
              + " docs/evaluation-plan.md`.");
    }
    int cycle = evaluation.cycleMonths() == null ? DEFAULT_CYCLE_MONTHS : evaluation.cycleMonths();
    LocalDate last = evaluation.lastCompleted();
    if (last == null) {
      context.report(
          at(root, "evaluation.last_completed"),
          "`evaluation` has no `last_completed` date, so nothing shows the program has been"
              + " evaluated with participant data (ANAB, program evaluation). Add the date the"
              + " last evaluation was completed, e.g. `last_completed: 2026-06-30`.");
    } else if (last.plusMonths(cycle).isBefore(context.today())) {
      context.report(
          at(root, "evaluation.last_completed"),
          "The last program evaluation was completed on "
              + last
              + ", more than the "
              + cycle
              + "-month cycle ago; it was due by "
              + last.plusMonths(cycle)
              + " (ANAB, program evaluation). Complete the evaluation and update"
              + " `last_completed`.");
    }
    List<String> missing = new ArrayList<>();
    if (!lists(evaluation.instruments(), words(context, REACTION_INSTRUMENTS, REACTION_WORDS))) {
      missing.add("learner-reaction survey (e.g. `reaction-survey`)");
    }
    if (!lists(evaluation.instruments(), words(context, OUTCOME_INSTRUMENTS, OUTCOME_WORDS))) {
      missing.add("outcome data (e.g. `item-analysis` or `pass-rates`)");
    }
    if (!missing.isEmpty()) {
      context.report(
          at(root, "evaluation.instruments"),
          "`evaluation.instruments` lists no "
              + String.join(" and no ", missing)
              + "; an evaluation needs both what learners thought and what they achieved (ANAB,"
              + " program evaluation; ACPE Standard 11). Add them, e.g. `instruments:"
              + " [reaction-survey, item-analysis]`.");
    }
  }

  private static void checkQuality(Program.Quality quality, YamlMap root, RuleContext context) {
    if (quality == null || quality.internalAuditOn() == null) {
      context.report(
          at(root, "quality.internal_audit_on"),
          "program.yml records no `quality.internal_audit_on`: an internal audit checks that the"
              + " program follows its own policies and procedures (ANAB, internal audit). Add the"
              + " date of the last one, e.g. `quality: { internal_audit_on: 2026-05-15 }`.");
    }
    if (quality == null || quality.managementReviewOn() == null) {
      context.report(
          at(root, "quality.management_review_on"),
          "program.yml records no `quality.management_review_on`: management review decides on"
              + " changes from audit and evaluation results (ANAB, management review). Add the date"
              + " of the last one, e.g. `management_review_on: 2026-07-10` under `quality`.");
    }
  }

  /** The built-in words plus any the course adds in coursekit.yml. */
  private static List<String> words(RuleContext context, String option, List<String> builtIn) {
    List<String> words = new ArrayList<>(builtIn);
    context.textsOption(option, List.of()).stream()
        .map(EvaluationCurrent::normalised)
        .forEach(words::add);
    return words;
  }

  private static boolean lists(List<String> instruments, List<String> words) {
    return instruments.stream()
        .map(EvaluationCurrent::normalised)
        .anyMatch(name -> words.stream().anyMatch(name::contains));
  }

  /** Lower case with spaces and underscores as hyphens: "Pass rates" matches "pass-rate". */
  private static String normalised(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
  }
}
