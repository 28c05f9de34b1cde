package org.coursekit.rules.builtin;

import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.Item;
import org.coursekit.model.Ref;
import org.coursekit.rules.CourseIndex;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;

/**
 * ASM-001: no orphan items. Every item names at least one objective or outcome, and at least one of
 * them exists; GEN-001 reports each name that does not.
 */
final class ItemObjectives implements Rule {

  private static final String WHY =
      "An assessment exists to measure the intended outcomes, so every item must say which"
          + " objective it measures (QM 3.1; E2659-17 3.1.3).";

  @Override
  public String id() {
    return "ASM-001";
  }

  @Override
  public String name() {
    return "No orphan items";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "Assessments must measure the stated objectives (QM 3.1; E2659-17 3.1.3): every item"
        + " lists the objectives or outcomes it measures, and they exist.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    CourseIndex index = context.index();
    // An id declared in a file that could not be read looks missing; GEN-001 says so once.
    boolean complete = course.unreadableFiles().isEmpty();
    for (Item item : course.items()) {
      if (item.objectives().isEmpty()) {
        context.report(
            item.source().positionOf("objectives"),
            "Item "
                + Labels.code(item.id())
                + " names no objective. "
                + WHY
                + " Add the objectives it measures, e.g. `objectives: [LO-M01-1]`.");
      } else if (complete && item.objectives().stream().noneMatch(ref -> known(index, ref))) {
        context.report(
            item.source().positionOf("objectives"),
            "None of the objectives item "
                + Labels.code(item.id())
                + " names ("
                + Labels.codes(item.objectives().stream().map(Ref::id).toList())
                + ") exists, so it measures nothing the course teaches. "
                + WHY
                + " Name an objective from a module's `objectives` or an outcome from program.yml,"
                + " e.g. `objectives: [LO-M01-1]`.");
      }
    }
  }

  private static boolean known(CourseIndex index, Ref ref) {
    return index.objective(ref.id()).isPresent() || index.outcome(ref.id()).isPresent();
  }
}
