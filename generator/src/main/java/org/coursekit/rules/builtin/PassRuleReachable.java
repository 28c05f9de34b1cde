package org.coursekit.rules.builtin;

import java.math.BigDecimal;
import java.util.List;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.Program;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.yaml.YamlMap;

/**
 * ASM-006: the passing score can be reached on the program's scale with the assessments {@code
 * completion.requires} names (their points added up, course-format section 10), each conjunctive
 * per-outcome minimum can be reached, and the attempts policy is declared.
 */
final class PassRuleReachable implements Rule {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String WHY =
      "A pass rule no learner can meet makes the certificate unattainable (QM 3.2).";

  @Override
  public String id() {
    return "ASM-006";
  }

  @Override
  public String name() {
    return "Pass rule is possible and complete";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "Learners must be told a pass rule they can meet (QM 3.2): the maximum score of the"
        + " required assessments reaches the passing score, every conjunctive per-outcome minimum"
        + " can be reached, and `attempts.max` and `attempts.wait_days` are declared.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    Program program = ReadableFiles.program(course);
    if (program == null || program.completion() == null) {
      return;
    }
    YamlMap source = program.source();
    checkAttempts(program.completion().attempts(), source, context);
    Program.PassingStandard standard = program.completion().passingStandard();
    List<FormItems> forms = requiredForms(course, program.completion(), context);
    if (standard == null
        || forms.isEmpty()
        || !ReadableFiles.allReadableUnder(course, ReadableFiles.ITEMS)) {
      // PRG-004 and PRG-006 report a missing assessment or passing standard; unreadable items
      // would make the assessments look worth less than they are.
      return;
    }
    boolean points = "points".equals(standard.scale());
    if (!points && !"percent".equals(standard.scale())) {
      return; // PRG-006 reports a missing or unknown scale.
    }
    BigDecimal total =
        forms.stream().map(FormItems::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    checkScore(standard, points, total, source, context);
    checkConjunctive(program, standard, points, forms, source, context);
  }

  private static List<FormItems> requiredForms(
      Course course, Program.Completion completion, RuleContext context) {
    return RequiredAssessments.of(course).stream()
        .map(form -> FormItems.of(form, context.index()))
        .toList();
  }

  private static void checkAttempts(
      Program.Attempts attempts, YamlMap source, RuleContext context) {
    String example = " Declare both, e.g. `attempts: { max: 3, wait_days: 7 }`.";
    String why =
        " Learners must know before they start how often they may retake the assessment and how"
            + " long they wait in between (QM 3.2).";
    if (attempts == null) {
      context.report(
          YamlPaths.at(source, "completion.attempts"),
          "program.yml has no `completion.attempts`." + why + example);
      return;
    }
    if (attempts.max() == null || attempts.waitDays() == null) {
      context.report(
          YamlPaths.at(source, "completion.attempts"),
          "`completion.attempts` does not declare "
              + (attempts.max() == null ? "`max`" : "`wait_days`")
              + (attempts.max() == null && attempts.waitDays() == null ? " or `wait_days`" : "")
              + "."
              + why
              + example);
    } else if (attempts.max() < 1) {
      context.report(
          YamlPaths.at(source, "completion.attempts.max"),
          "`attempts.max` is "
              + attempts.max()
              + ", so no learner can take the assessment. "
              + WHY
              + " Allow at least one attempt, e.g. `max: 3`.");
    }
  }

  private static void checkScore(
      Program.PassingStandard standard,
      boolean points,
      BigDecimal total,
      YamlMap source,
      RuleContext context) {
    if (standard.score() == null) {
      return;
    }
    String at = "completion.passing_standard.score";
    if (total.signum() <= 0) {
      context.report(
          YamlPaths.at(source, at),
          "The assessments `completion.requires` names are worth no points, so no learner can"
              + " reach the passing score. "
              + WHY
              + " Add items to their pools.");
    } else if (points && standard.score().compareTo(total) > 0) {
      context.report(
          YamlPaths.at(source, at),
          "The passing score is "
              + plain(standard.score())
              + " points, but the required assessments are worth at most "
              + plain(total)
              + " points together"
              + ". "
              + WHY
              + " Lower the passing score or add points to the assessments.");
    } else if (!points && standard.score().compareTo(HUNDRED) > 0) {
      context.report(
          YamlPaths.at(source, at),
          "The passing score is "
              + plain(standard.score())
              + " percent, more than the 100 percent anyone can score. "
              + WHY
              + " Write a score from 1 to 100, e.g. `score: 80`.");
    }
  }

  private static void checkConjunctive(
      Program program,
      Program.PassingStandard standard,
      boolean points,
      List<FormItems> forms,
      YamlMap source,
      RuleContext context) {
    if (!"conjunctive".equals(standard.rule())) {
      return;
    }
    if (standard.perOutcomeMinimum().isEmpty()) {
      context.report(
          YamlPaths.at(source, "completion.passing_standard.rule"),
          "The passing rule is conjunctive, but `per_outcome_minimum` names no outcome, so the"
              + " rule is incomplete and learners cannot know what they must reach. Add a minimum"
              + " per outcome, e.g. `per_outcome_minimum: { PO-1: 70 }`, or use `rule:"
              + " compensatory`.");
      return;
    }
    for (Program.OutcomeMinimum minimum : standard.perOutcomeMinimum()) {
      String outcome = minimum.outcome().id();
      if (program.outcomes().stream().noneMatch(o -> outcome.equals(o.id()))) {
        continue; // GEN-001 reports the unknown outcome.
      }
      BigDecimal available =
          forms.stream().map(f -> f.pointsFor(outcome)).reduce(BigDecimal.ZERO, BigDecimal::add);
      String problem = null;
      if (available.signum() <= 0) {
        problem = "no item of the required assessments measures it";
      } else if (points && minimum.minimum().compareTo(available) > 0) {
        problem = "its items are worth at most " + plain(available) + " points";
      } else if (!points && minimum.minimum().compareTo(HUNDRED) > 0) {
        problem = "no one can score more than 100 percent";
      }
      if (problem != null) {
        context.report(
            minimum.outcome().at(),
            "The minimum of "
                + plain(minimum.minimum())
                + (points ? " points" : " percent")
                + " for "
                + Labels.code(outcome)
                + " cannot be reached: "
                + problem
                + ". "
                + WHY
                + " Lower the minimum or add items on "
                + Labels.code(outcome)
                + " (or on objectives that support it) to the assessments.");
      }
    }
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }
}
