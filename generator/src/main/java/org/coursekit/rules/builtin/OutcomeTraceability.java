package org.coursekit.rules.builtin;

import static org.coursekit.rules.builtin.YamlPaths.at;

import java.util.HashSet;
import java.util.Set;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.Objective;
import org.coursekit.model.Outcome;
import org.coursekit.model.Ref;
import org.coursekit.rules.CourseIndex.PlacedObjective;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;

/**
 * PRG-003: every program outcome is supported by a module objective, and every module objective
 * supports an outcome.
 */
final class OutcomeTraceability implements Rule {

  @Override
  public String id() {
    return "PRG-003";
  }

  @Override
  public String name() {
    return "Outcomes and objectives trace both ways";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "QM 2.2, E2659-24 6.1.2 and ICE's linkage templates: each program outcome must be"
        + " taught through module objectives, and each objective must serve an outcome, so"
        + " reviewers can trace what the certificate promises to what the modules teach.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    if (course.program() == null) {
      return;
    }
    Set<String> supported = new HashSet<>();
    for (PlacedObjective placed : context.index().objectives()) {
      Objective objective = placed.objective();
      objective.supports().stream().map(Ref::id).forEach(supported::add);
      if (objective.supports().isEmpty()) {
        context.report(
            Severity.WARNING,
            at(objective.source(), "supports"),
            "Objective `"
                + objective.id()
                + "` is an orphan objective: it supports no program outcome, so it cannot be"
                + " traced to what the certificate promises (QM 2.2). Name the outcome it"
                + " serves, e.g. `supports: [PO-1]`, or remove the objective.");
      }
    }
    // An unreadable module may hold the objectives that support an outcome.
    if (MissingModules.any(course)) {
      return;
    }
    for (Outcome outcome : course.program().outcomes()) {
      if (!supported.contains(outcome.id())) {
        context.report(
            outcome.at(),
            "Outcome `"
                + outcome.id()
                + "` is not supported by any module objective, so no module teaches it (QM 2.2;"
                + " E2659-24 6.1.2). Add `"
                + outcome.id()
                + "` to the `supports` list of the objectives that teach it, e.g. `supports: ["
                + outcome.id()
                + "]`, or remove the outcome.");
      }
    }
  }
}
