package org.coursekit.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Item;
import org.coursekit.model.Objective;
import org.coursekit.model.Outcome;
import org.coursekit.model.Ref;
import org.coursekit.report.CoverageView.ObjectiveTrace;
import org.coursekit.report.CoverageView.OutcomeTrace;

/**
 * The outcome → objective → summative item matrix: for each program outcome the module objectives
 * that list it in {@code supports}, and for each objective the summative items that name it, with
 * the gaps in words. Objectives appear in delivery order, item ids sorted.
 */
final class Traceability {

  static final String NO_OBJECTIVE = "Gap: no module objective supports this outcome.";
  static final String NOT_ASSESSED = "Gap: no summative item measures this objective.";
  static final String NO_OUTCOME = "Gap: this objective supports no program outcome.";

  private final List<OutcomeTrace> outcomes = new ArrayList<>();
  private final List<ObjectiveTrace> unlinked = new ArrayList<>();

  private Traceability() {}

  /** The matrix of {@code course}, whose program must be present. */
  static Traceability of(Course course) {
    Traceability matrix = new Traceability();
    Map<String, Set<String>> itemsByTarget = summativeItemsByTarget(course);
    Set<String> outcomeIds = new HashSet<>();
    course.program().outcomes().forEach(o -> outcomeIds.add(o.id()));

    Map<String, List<ObjectiveTrace>> byOutcome = new HashMap<>();
    for (CourseModule module : course.deliveryOrder()) {
      for (Objective objective : module.objectives()) {
        if (objective.id() == null) {
          continue;
        }
        Set<String> items = itemsByTarget.getOrDefault(objective.id(), Set.of());
        ObjectiveTrace trace =
            new ObjectiveTrace(
                objective.id(),
                objective.text() == null ? "" : objective.text(),
                module.id(),
                module.title() == null ? module.id() : module.title(),
                List.copyOf(items),
                items.isEmpty() ? NOT_ASSESSED : null);
        boolean linked = false;
        for (String outcome : distinctIds(objective.supports())) {
          if (outcomeIds.contains(outcome)) {
            byOutcome.computeIfAbsent(outcome, k -> new ArrayList<>()).add(trace);
            linked = true;
          }
        }
        if (!linked) {
          matrix.unlinked.add(
              new ObjectiveTrace(
                  trace.id(),
                  trace.text(),
                  trace.moduleId(),
                  trace.moduleTitle(),
                  trace.items(),
                  NO_OUTCOME));
        }
      }
    }
    for (Outcome outcome : course.program().outcomes()) {
      if (outcome.id() == null) {
        continue;
      }
      List<ObjectiveTrace> objectives = byOutcome.getOrDefault(outcome.id(), List.of());
      List<String> direct = List.copyOf(itemsByTarget.getOrDefault(outcome.id(), Set.of()));
      int rows = Math.max(1, objectives.size() + (direct.isEmpty() ? 0 : 1));
      matrix.outcomes.add(
          new OutcomeTrace(
              outcome.id(),
              outcome.text() == null ? "" : outcome.text(),
              List.copyOf(objectives),
              direct,
              objectives.isEmpty() ? NO_OBJECTIVE : null,
              rows));
    }
    return matrix;
  }

  List<OutcomeTrace> outcomes() {
    return List.copyOf(outcomes);
  }

  /** Objectives that support no outcome of the program. */
  List<ObjectiveTrace> unlinked() {
    return List.copyOf(unlinked);
  }

  /** Objective or outcome id → ids of the summative items that name it, built in one pass. */
  private static Map<String, Set<String>> summativeItemsByTarget(Course course) {
    Map<String, Set<String>> byTarget = new HashMap<>();
    for (Item item : course.items()) {
      if (!item.summative() || item.id() == null) {
        continue;
      }
      for (Ref ref : item.objectives()) {
        byTarget.computeIfAbsent(ref.id(), k -> new TreeSet<>()).add(item.id());
      }
    }
    return byTarget;
  }

  /** An objective that lists an outcome twice appears under it once. */
  private static Set<String> distinctIds(List<Ref> refs) {
    Set<String> ids = new LinkedHashSet<>();
    refs.forEach(ref -> ids.add(ref.id()));
    return ids;
  }
}
