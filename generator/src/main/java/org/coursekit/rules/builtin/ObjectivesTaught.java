package org.coursekit.rules.builtin;

import java.util.HashSet;
import java.util.Set;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Objective;
import org.coursekit.model.Ref;
import org.coursekit.model.Section;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;

/** MOD-002: every module objective is named by a {@code <!-- supports: -->} section. */
final class ObjectivesTaught implements Rule {

  @Override
  public String id() {
    return "MOD-002";
  }

  @Override
  public String name() {
    return "Every module objective is taught";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String help() {
    return "The link between each objective and the content that teaches it must be visible"
        + " (QM 2.4, 4.1, 5.1; the E2659 instructional design plan): every module objective is"
        + " named by a `<!-- supports: -->` comment under a heading of its module.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    for (CourseModule module : ReadableFiles.modules(course)) {
      Set<String> taught = new HashSet<>();
      for (Section section : module.sections()) {
        section.supports().stream().map(Ref::id).forEach(taught::add);
      }
      for (Objective objective : module.objectives()) {
        if (!taught.contains(objective.id())) {
          context.report(
              objective.at(),
              "Objective "
                  + Labels.code(objective.id())
                  + " is not taught in any section of module "
                  + Labels.module(module)
                  + ": no heading has `<!-- supports: "
                  + objective.id()
                  + " -->` under it. Learners and reviewers need to see where each objective is"
                  + " taught (QM 2.4). Put that comment on the line right after the heading of"
                  + " the section that teaches it, or add such a section.");
        }
      }
    }
  }
}
