package org.coursekit.rules.builtin;

import java.util.List;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.Item;
import org.coursekit.model.Objective;
import org.coursekit.rules.CourseIndex.PlacedObjective;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;

/**
 * LO-008: every module objective is measured by at least one summative item (its {@code objectives}
 * list or a rubric criterion) that a summative assessment draws. Program outcomes are covered
 * through their objectives (PRG-003).
 */
final class ObjectiveAssessed implements Rule {

  @Override
  public String id() {
    return "LO-008";
  }

  @Override
  public String name() {
    return "Every objective is assessed by the summative assessment";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "E2659-17 3.1.3, ICE 1100 (b), QM 3.1 and ACPE Standard 9: a certificate attests that"
        + " the learner attained every intended outcome, so each objective needs at least one"
        + " summative item or performance-task criterion that measures it.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    SummativeEvidence evidence = SummativeEvidence.of(course, context.index());
    for (PlacedObjective placed : context.index().objectives()) {
      Objective objective = placed.objective();
      if (!evidence.assessing(objective.id()).isEmpty()) {
        continue;
      }
      context.report(
          objective.source().positionOf("id"),
          "Objective `"
              + objective.id()
              + "` is not measured by any summative item: no item on a summative assessment"
              + " lists it in `objectives` or names it in a rubric criterion"
              + otherItems(evidence.notAssessing(objective.id()))
              + ". A certificate may only be issued on an assessment of every intended outcome"
              + " (E2659-17 3.1.3; ICE 1100; QM 3.1). Add it to a summative item under"
              + " items/secure/, e.g. `objectives: ["
              + objective.id()
              + "]`, or to a rubric criterion of a performance task (`objective: "
              + objective.id()
              + "`).");
    }
  }

  /** Why the items that do name the objective do not count. */
  private static String otherItems(List<Item> items) {
    if (items.isEmpty()) {
      return "";
    }
    List<Item> formative = items.stream().filter(i -> !i.summative()).toList();
    List<Item> undrawn = items.stream().filter(Item::summative).toList();
    StringBuilder why = new StringBuilder();
    if (!formative.isEmpty()) {
      why.append(" (")
          .append(ids(formative))
          .append(formative.size() == 1 ? " is" : " are")
          .append(" formative: practice does not count");
    }
    if (!undrawn.isEmpty()) {
      why.append(why.length() == 0 ? " (" : "; ")
          .append(ids(undrawn))
          .append(undrawn.size() == 1 ? " is" : " are")
          .append(" summative but in no assessment's `pool.include`");
    }
    return why.append(")").toString();
  }

  private static String ids(List<Item> items) {
    return VerbAdvice.andList(items.stream().map(i -> "`" + i.id() + "`").toList());
  }
}
