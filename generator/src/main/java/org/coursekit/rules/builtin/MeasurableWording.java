package org.coursekit.rules.builtin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.rules.language.ObjectiveText;
import org.coursekit.rules.language.VerbCatalog;

/**
 * LO-002: no non-measurable verb ("understand", "know", "learn") as the lead verb or coordinated
 * with it, and no non-measurable phrase ("demonstrate an understanding of", "become familiar with")
 * anywhere in an objective or outcome.
 */
final class MeasurableWording implements Rule {

  @Override
  public String id() {
    return "LO-002";
  }

  @Override
  public String name() {
    return "No non-measurable verbs or phrases";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "QM 2.1 (as QM subscribers apply it) and the ACOG, Michigan Tech, Davenport and Green"
        + " River verb lists: verbs such as understand, know or learn and phrases such as"
        + " \"demonstrate an understanding of\" describe states of mind that nobody can observe,"
        + " so an objective using them cannot be assessed as written.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    VerbCatalog catalog = VerbCatalog.builtin();
    for (ObjectiveStatement statement : ObjectiveStatement.written(course)) {
      ObjectiveText text = context.index().objectiveText(statement.text(), catalog);
      Set<String> offending = new LinkedHashSet<>();
      for (ObjectiveText.Predicate predicate : text.predicates()) {
        if (catalog.isBlocked(predicate.verb())) {
          offending.add(predicate.words());
        }
      }
      text.blockedPhrases().forEach(match -> offending.add(match.words()));
      if (offending.isEmpty()) {
        continue;
      }
      context.report(
          statement.textAt(),
          statement.label()
              + " uses "
              + VerbAdvice.quoted(List.copyOf(offending))
              + ", which cannot be observed or measured. Accreditors expect every objective to"
              + " name a measurable performance (QM 2.1; IACET 5.1; ACOG and Michigan Tech verb"
              + " lists). Replace "
              + (offending.size() == 1 ? "it" : "them")
              + " with what the learner will do, using "
              + VerbAdvice.suggestion(catalog, statement)
              + ".");
    }
  }
}
