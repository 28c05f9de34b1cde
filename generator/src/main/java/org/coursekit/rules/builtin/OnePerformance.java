package org.coursekit.rules.builtin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.rules.language.ObjectiveText;
import org.coursekit.rules.language.VerbCatalog;

/**
 * LO-004: an objective or outcome names one performance. Two or more approved verbs used as
 * predicates and joined by "and", "," or ";" get an info finding suggesting a split; idioms such as
 * "compare and contrast" count once, and nouns ("the order record and label fields") never count.
 */
final class OnePerformance implements Rule {

  @Override
  public String id() {
    return "LO-004";
  }

  @Override
  public String name() {
    return "One performance per objective";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String help() {
    return "SMART \"specific\": an objective with two performances (\"identify and describe\") can"
        + " be half met, and an item cannot tell which half; one performance per objective keeps"
        + " teaching and assessment aligned.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    VerbCatalog catalog = VerbCatalog.builtin();
    for (ObjectiveStatement statement : ObjectiveStatement.written(course)) {
      // Verb -> the words as first written; "or" offers alternatives, not a second performance.
      Map<String, String> performances = new LinkedHashMap<>();
      for (ObjectiveText.Predicate p :
          context.index().objectiveText(statement.text(), catalog).predicates()) {
        if (catalog.isApproved(p.verb()) && !"or".equals(p.connector())) {
          performances.putIfAbsent(p.verb(), p.words());
        }
      }
      if (performances.size() < 2) {
        continue;
      }
      List<String> verbs = List.copyOf(performances.values());
      context.report(
          statement.textAt(),
          statement.label()
              + " names "
              + verbs.size()
              + " performances ("
              + VerbAdvice.quoted(verbs)
              + "). One performance per objective lets each be taught and assessed on its own"
              + " (SMART: specific). Split it into one objective per verb, e.g. one starting “"
              + VerbAdvice.capitalised(verbs.get(0))
              + "” and one starting “"
              + VerbAdvice.capitalised(verbs.get(1))
              + "”; fixed pairs such as “compare and contrast” are fine.");
    }
  }
}
