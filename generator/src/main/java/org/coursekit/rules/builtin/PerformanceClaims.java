package org.coursekit.rules.builtin;

import java.util.HashSet;
import java.util.Set;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.Item;
import org.coursekit.model.Outcome;
import org.coursekit.model.Ref;
import org.coursekit.rules.CourseIndex;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;

/**
 * PRG-010: an outcome that claims job performance (psychomotor, or {@code performance: true}) is
 * measured by a summative performance, observation or simulation item with a rubric.
 */
final class PerformanceClaims implements Rule {

  static final Set<String> PERFORMANCE_TYPES = Set.of("performance", "observation", "simulation");

  @Override
  public String id() {
    return "PRG-010";
  }

  @Override
  public String name() {
    return "Performance claims are backed by performance assessment";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String help() {
    return "E2659-24 6.1.2 (a program that claims to prepare people to perform a job needs a"
        + " practical assessment) and QM 3.1: an outcome marked psychomotor or performance must be"
        + " measured by a summative performance, observation or simulation task scored with a"
        + " rubric.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    if (course.program() == null) {
      return;
    }
    Set<String> measured = outcomesMeasuredByPerformance(context.index());
    for (Outcome outcome : course.program().outcomes()) {
      boolean psychomotor = "psychomotor".equals(outcome.domain());
      if ((!psychomotor && !outcome.performance()) || measured.contains(outcome.id())) {
        continue;
      }
      context.report(
          outcome.at(),
          "Outcome `"
              + outcome.id()
              + "` claims job performance ("
              + (psychomotor ? "`domain: psychomotor`" : "`performance: true`")
              + "), but no summative performance, observation or simulation item with a rubric"
              + " measures it (E2659-24 6.1.2; QM 3.1). Add one under items/secure/ with `type:"
              + " performance` and a `rubric` whose criteria name `"
              + outcome.id()
              + "` or an objective that supports it, e.g. `rubric: [{ criterion: Completes the"
              + " receipt checklist in order, points: 2, objective: LO-M01-2 }]`.");
    }
  }

  /**
   * Outcomes named by a performance rubric, directly or through an objective that supports them.
   */
  private static Set<String> outcomesMeasuredByPerformance(CourseIndex index) {
    Set<String> measured = new HashSet<>();
    for (Item item : index.summativeItems()) {
      if (!PERFORMANCE_TYPES.contains(item.type())) {
        continue;
      }
      for (Item.RubricCriterion criterion : item.rubric()) {
        if (criterion.objective() == null) {
          continue;
        }
        String id = criterion.objective().id();
        measured.add(id);
        index
            .objective(id)
            .ifPresent(p -> p.objective().supports().stream().map(Ref::id).forEach(measured::add));
      }
    }
    return measured;
  }
}
