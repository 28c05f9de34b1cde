package org.coursekit.rules.builtin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coursekit.diag.Severity;
import org.coursekit.diag.SourceRef;
import org.coursekit.model.Assessment;
import org.coursekit.model.Course;
import org.coursekit.model.Item;
import org.coursekit.rules.CourseIndex;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;

/**
 * ASM-003: each summative form holds, for every objective it covers, at least {@code
 * min_items_per_objective} items (selected-response or short-answer), or one performance task with
 * a rubric. Counts are what every random draw is sure to keep.
 */
final class EvidencePerObjective implements Rule {

  static final String MIN_ITEMS = "min_items_per_objective";
  private static final int DEFAULT_MIN_ITEMS = 2;

  @Override
  public String id() {
    return "ASM-003";
  }

  @Override
  public String name() {
    return "Enough evidence per objective";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String help() {
    return "One question is thin evidence that a learner attained an objective (CCCEP Guideline E"
        + " asks for at least one per objective; CourseKit's default is 2): each summative form"
        + " needs `min_items_per_objective` items per objective, or one performance task with a"
        + " rubric.";
  }

  @Override
  public Set<String> optionNames() {
    return Set.of(MIN_ITEMS);
  }

  @Override
  public void check(Course course, RuleContext context) {
    int min = context.intOption(MIN_ITEMS, DEFAULT_MIN_ITEMS);
    if (!ReadableFiles.allReadableUnder(course, ReadableFiles.ITEMS)) {
      return; // Items that could not be read would look like missing evidence.
    }
    CourseIndex index = context.index();
    for (Assessment form : FormItems.summativeForms(course)) {
      FormItems items = FormItems.of(form, index);
      covered(form, items, index)
          .forEach((id, at) -> checkObjective(form, id, at, items, min, context));
    }
  }

  /**
   * The ids the form covers, each with where to report it: its blueprint lines, or without a
   * blueprint, the objectives its items measure.
   */
  private static Map<String, SourceRef> covered(
      Assessment form, FormItems items, CourseIndex index) {
    Map<String, SourceRef> covered = new LinkedHashMap<>();
    for (Assessment.BlueprintRow row : form.blueprint()) {
      if (row.objective() != null && known(index, row.objective().id())) {
        covered.putIfAbsent(row.objective().id(), row.at());
      }
    }
    if (form.blueprint().isEmpty()) {
      SourceRef at = form.source().positionOf("blueprint");
      items.measuredIds().stream()
          .filter(id -> index.objective(id).isPresent())
          .forEach(id -> covered.putIfAbsent(id, at));
    }
    return covered;
  }

  private static boolean known(CourseIndex index, String id) {
    return index.objective(id).isPresent() || index.outcome(id).isPresent();
  }

  private static void checkObjective(
      Assessment form, String id, SourceRef at, FormItems items, int min, RuleContext context) {
    List<Item> measuring = items.measuring(id);
    int tasks = (int) measuring.stream().filter(FormItems::performanceTask).count();
    int questions = (int) measuring.stream().filter(item -> !FormItems.taskType(item)).count();
    if (items.guaranteed(tasks) >= 1 || items.guaranteed(questions) >= min) {
      return;
    }
    int sure = items.guaranteed(questions);
    String found =
        (sure == 0 ? "no" : "only " + sure)
            + (sure == 1 ? " item" : " items")
            + (items.leftOut() > 0 ? " that every random draw keeps" : "")
            + " on "
            + Labels.code(id)
            + " and no performance task with a rubric";
    context.report(
        at,
        "Summative assessment "
            + Labels.code(form.id())
            + " has "
            + found
            + "; it needs at least "
            + min
            + (min == 1 ? " item" : " items")
            + " or one such task. Too few items are thin evidence that a learner attained the"
            + " objective (CCCEP Guideline E). Add items with `objectives: ["
            + id
            + "]` to the pool, or a performance task with a rubric (the number is ASM-003's `"
            + MIN_ITEMS
            + "` option).");
  }
}
