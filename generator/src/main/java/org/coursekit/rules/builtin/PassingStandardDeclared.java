package org.coursekit.rules.builtin;

import static org.coursekit.rules.builtin.YamlPaths.at;
import static org.coursekit.rules.builtin.YamlPaths.blank;

import java.math.BigDecimal;
import java.util.List;
import org.coursekit.diag.Severity;
import org.coursekit.diag.Suggestions;
import org.coursekit.model.Assessment;
import org.coursekit.model.Course;
import org.coursekit.model.Program;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.yaml.YamlMap;

/**
 * PRG-006: the passing standard is declared once, in program.yml, on a known scale and within it,
 * and assessments do not point elsewhere.
 */
final class PassingStandardDeclared implements Rule {

  static final String PERCENT = "percent";
  static final String POINTS = "points";

  /** The ways an assessment's {@code passing_standard_ref} may name the one passing standard. */
  private static final List<String> PROGRAM_STANDARD =
      List.of("program.completion.passing_standard", "completion.passing_standard");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public String id() {
    return "PRG-006";
  }

  @Override
  public String name() {
    return "Passing standard is declared once and used consistently";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "ICE 1100 (c) and QM 3.2: certificates go only to learners who meet a stated passing"
        + " standard, and learners are told it at the start. It is declared once in program.yml;"
        + " DSC-001 checks that the landing page prints it, and the package build writes the same"
        + " value into the SCORM manifest (masteryscore / scaled_passing_score).";
  }

  @Override
  public void check(Course course, RuleContext context) {
    Program program = course.program();
    if (program == null || program.completion() == null) {
      return; // PRG-004 reports a missing completion
    }
    Program.PassingStandard standard = program.completion().passingStandard();
    YamlMap root = program.source();
    if (standard == null) {
      context.report(
          at(root, "completion.passing_standard"),
          "`completion` has no `passing_standard`: say what score earns the certificate (ICE 1100;"
              + " QM 3.2). Add it, e.g. `passing_standard: { score: 80, scale: percent, method:"
              + " modified-angoff, set_on: 2026-03-12, panel: [sme-chen, sme-okafor, sme-ali],"
              + " report: docs/standard-setting.md }`.");
      return;
    }
    checkScore(course, context, standard, root);
    checkReferences(course, context, standard);
  }

  private static void checkScore(
      Course course, RuleContext context, Program.PassingStandard standard, YamlMap root) {
    String scale = standard.scale();
    if (blank(scale)) {
      context.report(
          at(root, "completion.passing_standard.scale"),
          "The passing standard has no `scale`, so its score cannot be read (QM 3.2). Add"
              + " `scale: percent` or `scale: points`.");
    } else if (!PERCENT.equals(scale) && !POINTS.equals(scale)) {
      String hint = Suggestions.didYouMean(scale, List.of(PERCENT, POINTS));
      context.report(
          at(root, "completion.passing_standard.scale"),
          "The passing standard's `scale` is `"
              + scale
              + "`; it must be `percent` or `points` (QM 3.2). "
              + (hint.isEmpty() ? "For example `scale: percent`." : hint));
    }
    BigDecimal score = standard.score();
    if (score == null) {
      context.report(
          at(root, "completion.passing_standard.score"),
          "The passing standard has no `score`: say what result earns the certificate (ICE 1100;"
              + " QM 3.2). Add it, e.g. `score: 80` with `scale: percent`.");
      return;
    }
    if (score.signum() <= 0) {
      context.report(
          at(root, "completion.passing_standard.score"),
          "The passing score is "
              + score.toPlainString()
              + ", so every learner would pass, whatever they know (ICE 1100). Set the score the"
              + " standard-setting panel recommended, e.g. `score: 80`.");
      return;
    }
    if (PERCENT.equals(scale) && score.compareTo(HUNDRED) > 0) {
      context.report(
          at(root, "completion.passing_standard.score"),
          "The passing score is "
              + score.toPlainString()
              + " percent, more than 100, so no learner could pass (QM 3.2). Set it between 0 and"
              + " 100, e.g. `score: 80`.");
    } else if (POINTS.equals(scale)) {
      List<Assessment> forms = RequiredAssessments.of(course);
      if (forms.isEmpty()) {
        return; // nothing to add up; PRG-004 reports the missing assessment
      }
      // Each form counts with the fewest points a random draw can leave it (section 10).
      BigDecimal maximum =
          forms.stream()
              .map(form -> FormItems.of(form, context.index()).maxPoints())
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (score.compareTo(maximum) > 0) {
        context.report(
            at(root, "completion.passing_standard.score"),
            "The passing score is "
                + score.toPlainString()
                + " points, but the required assessments can give at most "
                + maximum.stripTrailingZeros().toPlainString()
                + " points on every sitting, so a learner might not be able to pass (QM 3.2;"
                + " course-format.md section 10). Lower the score to at most that maximum or add"
                + " items to the pool.");
      }
    }
  }

  private static void checkReferences(
      Course course, RuleContext context, Program.PassingStandard standard) {
    for (Assessment assessment : course.assessments()) {
      String ref = assessment.passingStandardRef();
      if (ref == null || PROGRAM_STANDARD.contains(ref.strip())) {
        continue;
      }
      String declared =
          standard.score() == null || standard.scale() == null
              ? "program.yml"
              : "program.yml (" + standard.score().toPlainString() + " " + standard.scale() + ")";
      context.report(
          at(assessment.source(), "passing_standard_ref"),
          "`passing_standard_ref` is `"
              + ref
              + "`, but the passing standard is declared once, in "
              + declared
              + ", and every assessment must use that one (QM 3.2). Write"
              + " `passing_standard_ref: program.completion.passing_standard` or remove the"
              + " line.");
    }
  }
}
