package org.coursekit.rules.builtin;

import java.util.Set;
import org.coursekit.diag.Severity;
import org.coursekit.model.BloomLevel;
import org.coursekit.model.Course;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.rules.language.Domain;
import org.coursekit.rules.language.ObjectiveText;
import org.coursekit.rules.language.VerbCatalog;

/**
 * LO-006: performance objectives and outcomes (Apply or above, or psychomotor) state a condition
 * and a criterion (ABCD, Mager), as {@code condition} and {@code criterion} fields or in the text
 * ("Given …", "using the SOP …", "within 10 minutes", "with no critical errors", "≥ 90 %"). An info
 * finding, or a warning when coursekit.yml sets {@code LO-006: { require: true }}.
 */
final class ConditionAndCriterion implements Rule {

  static final String REQUIRE = "require";

  @Override
  public String id() {
    return "LO-006";
  }

  @Override
  public String name() {
    return "Performance objectives state condition and criterion";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String help() {
    return "ABCD model (Heinich et al.) and Mager: an objective at Apply or above, or a"
        + " psychomotor one, says under which conditions the learner performs and to what"
        + " standard, so the assessment can be built to match. Set `require: true` to make a"
        + " missing condition or criterion a warning.";
  }

  @Override
  public Set<String> optionNames() {
    return Set.of(REQUIRE);
  }

  @Override
  public void check(Course course, RuleContext context) {
    Severity severity = context.boolOption(REQUIRE, false) ? Severity.WARNING : Severity.INFO;
    VerbCatalog catalog = VerbCatalog.builtin();
    for (ObjectiveStatement statement : ObjectiveStatement.of(course)) {
      boolean psychomotor = statement.domainOrCognitive() == Domain.PSYCHOMOTOR;
      boolean applyOrAbove = statement.level().map(l -> l.atLeast(BloomLevel.APPLY)).orElse(false);
      if (!psychomotor && !applyOrAbove) {
        continue;
      }
      boolean condition = present(statement.condition());
      boolean criterion = present(statement.criterion());
      if (!condition || !criterion) {
        ObjectiveText text = context.index().objectiveText(statement.text(), catalog);
        condition = condition || text.statesCondition();
        criterion = criterion || text.statesCriterion();
      }
      if (condition && criterion) {
        continue;
      }
      String missing =
          !condition && !criterion
              ? "no condition and no criterion"
              : condition ? "no criterion" : "no condition";
      context.report(
          severity,
          statement.source().at(),
          statement.label()
              + " ("
              + (psychomotor ? "psychomotor" : "bloom_level " + statement.level().get().word())
              + ") states "
              + missing
              + ". Performance objectives say under which conditions the learner performs and to"
              + " what standard, so the assessment can be built to match (ABCD model; Mager)."
              + " Add "
              + example(condition, criterion)
              + ", or say it in the text (“Given …”, “… within 10 minutes”, “… with no critical"
              + " errors”).");
    }
  }

  private static String example(boolean condition, boolean criterion) {
    String conditionExample = "`condition: Given a dry shipper and the site receipt SOP`";
    String criterionExample = "`criterion: No critical errors on the receipt checklist`";
    if (!condition && !criterion) {
      return conditionExample + " and " + criterionExample;
    }
    return condition ? criterionExample : conditionExample;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
