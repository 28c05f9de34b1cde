package org.coursekit.rules.builtin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coursekit.model.Assessment;
import org.coursekit.model.Course;
import org.coursekit.model.Item;
import org.coursekit.model.Ref;
import org.coursekit.rules.CourseIndex;

/**
 * What one summative form can put in front of a learner: the items of its pool, how many of them a
 * random draw may leave out, and which items measure which objective or outcome. An item measures
 * the ids it names (in {@code objectives} or a rubric criterion) and the outcomes those objectives
 * support. Built once per form, so rules never scan all items per objective.
 */
final class FormItems {

  private static final Set<String> TASK_TYPES = Set.of("case", "performance", "observation");

  private final CourseIndex index;
  private final List<Item> pool;
  private final Integer draw;
  private final int leftOut;
  private final Map<String, List<Item>> measuring = new LinkedHashMap<>();
  private final Map<Item, Set<String>> measuredBy = new IdentityHashMap<>();

  private FormItems(Assessment form, CourseIndex index) {
    this.index = index;
    this.pool = index.pool(form);
    this.draw = form.pool() == null ? null : form.pool().draw();
    this.leftOut = draw == null || draw >= pool.size() ? 0 : pool.size() - Math.max(draw, 0);
    for (Item item : pool) {
      Set<String> ids = idsMeasuredBy(item);
      measuredBy.put(item, ids);
      for (String id : ids) {
        measuring.computeIfAbsent(id, k -> new ArrayList<>()).add(item);
      }
    }
  }

  static FormItems of(Assessment form, CourseIndex index) {
    return new FormItems(form, index);
  }

  /** The course's summative forms: every assessment not marked {@code use: formative}. */
  static List<Assessment> summativeForms(Course course) {
    return course.assessments().stream().filter(a -> !"formative".equals(a.use())).toList();
  }

  /** A case, performance or observation item scored with a rubric. */
  static boolean performanceTask(Item item) {
    return TASK_TYPES.contains(item.type()) && !item.rubric().isEmpty();
  }

  static boolean taskType(Item item) {
    return TASK_TYPES.contains(item.type());
  }

  /** An item's points: its {@code points}, else its rubric's total, else 1. */
  static BigDecimal points(Item item) {
    if (item.points() != null) {
      return item.points();
    }
    if (!item.rubric().isEmpty()) {
      return item.rubric().stream()
          .map(c -> c.points() == null ? BigDecimal.ZERO : c.points())
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
    return BigDecimal.ONE;
  }

  List<Item> pool() {
    return pool;
  }

  /** The {@code pool.draw}, or null when the form shows its whole pool. */
  Integer draw() {
    return draw;
  }

  /** How many pool items a random draw leaves out of every form (0 without a draw). */
  int leftOut() {
    return leftOut;
  }

  /** The pool items that measure {@code id}, in pool order. */
  List<Item> measuring(String id) {
    return measuring.getOrDefault(id, List.of());
  }

  /** The ids some pool item measures, in the order first met. */
  Set<String> measuredIds() {
    return measuring.keySet();
  }

  /** How many of {@code available} pool items every drawn form is sure to contain. */
  int guaranteed(int available) {
    return Math.max(0, available - leftOut);
  }

  /** The fewest points a drawn form can be worth: the smallest items fill the draw. */
  BigDecimal maxPoints() {
    return worstCaseSum(pool.stream().map(FormItems::points).toList());
  }

  /**
   * The fewest points a drawn form can give {@code outcomeId}: from a rubric, the criteria on
   * objectives that support it; from any other item that measures it, all its points.
   */
  BigDecimal pointsFor(String outcomeId) {
    List<BigDecimal> contributions = new ArrayList<>();
    for (Item item : pool) {
      BigDecimal points = outcomePoints(item, outcomeId);
      if (points.signum() > 0) {
        contributions.add(points);
      }
    }
    contributions.sort(Comparator.reverseOrder());
    // The draw can leave out the biggest contributions; the rest is sure to be on the form.
    return contributions.stream().skip(leftOut).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private BigDecimal worstCaseSum(List<BigDecimal> points) {
    return points.stream()
        .sorted()
        .limit(pool.size() - (long) leftOut)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private BigDecimal outcomePoints(Item item, String outcomeId) {
    boolean rubricLinked = item.rubric().stream().anyMatch(c -> c.objective() != null);
    if (rubricLinked) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Item.RubricCriterion criterion : item.rubric()) {
        if (criterion.objective() != null
            && criterion.points() != null
            && reaches(criterion.objective().id(), outcomeId)) {
          sum = sum.add(criterion.points());
        }
      }
      return sum;
    }
    return measuredBy.get(item).contains(outcomeId) ? points(item) : BigDecimal.ZERO;
  }

  /** True when {@code id} is {@code outcomeId} or an objective that supports it. */
  private boolean reaches(String id, String outcomeId) {
    if (id.equals(outcomeId)) {
      return true;
    }
    return index
        .objective(id)
        .map(
            placed ->
                placed.objective().supports().stream().anyMatch(r -> r.id().equals(outcomeId)))
        .orElse(false);
  }

  private Set<String> idsMeasuredBy(Item item) {
    Set<String> named = new LinkedHashSet<>();
    item.objectives().forEach(ref -> named.add(ref.id()));
    for (Item.RubricCriterion criterion : item.rubric()) {
      if (criterion.objective() != null) {
        named.add(criterion.objective().id());
      }
    }
    Set<String> ids = new LinkedHashSet<>(named);
    for (String id : named) {
      index
          .objective(id)
          .ifPresent(
              placed -> placed.objective().supports().stream().map(Ref::id).forEach(ids::add));
    }
    return ids;
  }
}
