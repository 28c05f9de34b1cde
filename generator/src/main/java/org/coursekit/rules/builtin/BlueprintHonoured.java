package org.coursekit.rules.builtin;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coursekit.diag.Severity;
import org.coursekit.model.Assessment;
import org.coursekit.model.Course;
import org.coursekit.model.Outcome;
import org.coursekit.model.Program;
import org.coursekit.model.Ref;
import org.coursekit.rules.CourseIndex;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;

/**
 * ASM-002: every summative form has a blueprint whose weights add up to 100, every program outcome
 * carries weight on some form, and each form's pool (or what a random draw is sure to keep of it)
 * holds the items each blueprint line asks for.
 */
final class BlueprintHonoured implements Rule {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String WHY =
      "A blueprint makes the form measure what the course teaches in the intended proportions"
          + " (exam-blueprint practice; ICE ACAP psychometric evidence).";

  @Override
  public String id() {
    return "ASM-002";
  }

  @Override
  public String name() {
    return "Summative blueprint declared and honoured";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "A summative form must follow a declared blueprint (exam-blueprint practice; ICE ACAP"
        + " psychometric evidence): weights per objective in percent adding up to 100, weight on"
        + " every program outcome over all forms together, and enough items in the pool or the"
        + " draw for each line's `min_items`.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    CourseIndex index = context.index();
    List<Assessment> forms = FormItems.summativeForms(course);
    boolean itemsRead = ReadableFiles.allReadableUnder(course, ReadableFiles.ITEMS);
    Map<String, BigDecimal> outcomeWeights = new HashMap<>();
    boolean anyBlueprint = false;
    for (Assessment form : forms) {
      if (form.blueprint().isEmpty()) {
        context.report(
            form.source().positionOf("blueprint"),
            "Summative assessment "
                + Labels.code(form.id())
                + " has no blueprint. "
                + WHY
                + " Add `blueprint:` with one line per objective, e.g. `- { objective: LO-M01-1,"
                + " weight: 20, min_items: 2 }`, with weights adding up to 100.");
        continue;
      }
      anyBlueprint = true;
      FormItems items = FormItems.of(form, index);
      if (itemsRead) {
        checkDraw(form, items, context);
      }
      checkWeights(form, context);
      for (Assessment.BlueprintRow row : form.blueprint()) {
        addOutcomeWeight(row, index, outcomeWeights);
        if (itemsRead) {
          checkCount(form, row, items, index, context);
        }
      }
    }
    Program program = ReadableFiles.program(course);
    if (anyBlueprint
        && program != null
        && ReadableFiles.allReadableUnder(course, ReadableFiles.ASSESSMENTS)
        // Blueprint rows reach outcomes through module objectives; an unreadable module hides them.
        && ReadableFiles.allReadableUnder(course, ReadableFiles.MODULES)) {
      for (Outcome outcome : program.outcomes()) {
        if (outcomeWeights.getOrDefault(outcome.id(), BigDecimal.ZERO).signum() <= 0) {
          context.report(
              outcome.at(),
              "Outcome "
                  + Labels.code(outcome.id())
                  + " has no weight in any summative blueprint, so passing the assessment says"
                  + " nothing about it (E2659-17 3.1.3; ICE 1100 definition (b)). Add a blueprint"
                  + " line for it, or for an objective that supports it, e.g. `- { objective:"
                  + " LO-M01-1, weight: 10, min_items: 2 }` in "
                  + forms.get(0).file()
                  + ".");
        }
      }
    }
  }

  private static void checkDraw(Assessment form, FormItems items, RuleContext context) {
    Integer draw = items.draw();
    if (draw != null && draw > items.pool().size()) {
      context.report(
          YamlPaths.at(form.source(), "pool.draw"),
          "Assessment "
              + Labels.code(form.id())
              + " draws "
              + draw
              + " items, but its pool holds only "
              + items.pool().size()
              + ". A form cannot show items it does not have. Add items to the pool (check"
              + " `pool.include`) or lower the draw, e.g. `draw: "
              + items.pool().size()
              + "`.");
    }
  }

  private static void checkWeights(Assessment form, RuleContext context) {
    BigDecimal sum = BigDecimal.ZERO;
    boolean allWeighted = true;
    for (Assessment.BlueprintRow row : form.blueprint()) {
      if (row.weight() == null) {
        allWeighted = false;
        context.report(
            row.at(),
            "This blueprint line of "
                + Labels.code(form.id())
                + " has no `weight`. Each weight is the line's share of the form's points in"
                + " percent (course-format 10), and together they say how much each objective"
                + " counts. Add one, e.g. `weight: 10`.");
      } else {
        sum = sum.add(row.weight());
      }
    }
    if (allWeighted && sum.compareTo(HUNDRED) != 0) {
      context.report(
          form.source().positionOf("blueprint"),
          "The blueprint weights of "
              + Labels.code(form.id())
              + " add up to "
              + sum.stripTrailingZeros().toPlainString()
              + ", not 100. Each weight is a share of the form's points in percent, so one form's"
              + " weights must total 100 (course-format 10). Adjust the weights so they add up to"
              + " 100.");
    }
  }

  /** An objective's weight counts for every outcome it supports. */
  private static void addOutcomeWeight(
      Assessment.BlueprintRow row, CourseIndex index, Map<String, BigDecimal> outcomeWeights) {
    if (row.objective() == null || row.weight() == null) {
      return;
    }
    String id = row.objective().id();
    if (index.outcome(id).isPresent()) {
      outcomeWeights.merge(id, row.weight(), BigDecimal::add);
    }
    index
        .objective(id)
        .ifPresent(
            placed ->
                placed.objective().supports().stream()
                    .map(Ref::id)
                    .forEach(
                        outcome -> outcomeWeights.merge(outcome, row.weight(), BigDecimal::add)));
  }

  private static void checkCount(
      Assessment form,
      Assessment.BlueprintRow row,
      FormItems items,
      CourseIndex index,
      RuleContext context) {
    if (row.objective() == null) {
      return;
    }
    String id = row.objective().id();
    if (index.objective(id).isEmpty() && index.outcome(id).isEmpty()) {
      return; // GEN-001 reports the unknown id.
    }
    boolean weighted = row.weight() != null && row.weight().signum() > 0;
    int wanted = row.minItems() != null ? row.minItems() : weighted ? 1 : 0;
    int available = items.measuring(id).size();
    int sure = items.guaranteed(available);
    if (sure >= wanted) {
      return;
    }
    String asked =
        row.minItems() != null
            ? "asks for at least " + wanted + (wanted == 1 ? " item on" : " items on")
            : "gives weight to";
    String problem =
        available < wanted
            ? "its pool has "
                + (available == 0
                    ? "no item"
                    : "only " + available + (available == 1 ? " item" : " items"))
                + " that "
                + (available == 1 ? "measures" : "measure")
                + " it"
            : "the random draw of "
                + items.draw()
                + " from "
                + items.pool().size()
                + " items can leave out "
                + items.leftOut()
                + " of them, so a learner may get only "
                + sure;
    context.report(
        row.at(),
        "The blueprint of "
            + Labels.code(form.id())
            + " "
            + asked
            + " "
            + Labels.code(id)
            + ", but "
            + problem
            + ". A form that does not follow its blueprint does not measure what it claims to."
            + " Add items with `objectives: ["
            + id
            + "]` to the pool"
            + (items.leftOut() > 0 ? " or draw more items" : "")
            + (row.minItems() != null ? ", or lower `min_items`." : "."));
  }
}
