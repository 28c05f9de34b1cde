package org.coursekit.rules.builtin;

import java.util.Set;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;

/**
 * MOD-001: every module states 1 to {@code max} objectives. The site build checks the other half,
 * that every module page shows them at the top (see {@code org.coursekit.site.RenderedSiteChecks}).
 */
final class ModuleObjectives implements Rule {

  static final String MAX = "max";
  private static final int DEFAULT_MAX = 7;

  @Override
  public String id() {
    return "MOD-001";
  }

  @Override
  public String name() {
    return "Module objectives stated";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "Each module must state its learning objectives, prominently and in a number learners"
        + " can take in (QM 2.2, 2.3; IACET 5.1 'each learning event'). The site build also checks"
        + " that every module page shows its objectives block.";
  }

  @Override
  public Set<String> optionNames() {
    return Set.of(MAX);
  }

  @Override
  public void check(Course course, RuleContext context) {
    int max = Math.max(1, context.intOption(MAX, DEFAULT_MAX));
    for (CourseModule module : ReadableFiles.modules(course)) {
      int count = module.objectives().size();
      if (count == 0) {
        context.report(
            module.source().positionOf("objectives"),
            "Module "
                + Labels.module(module)
                + " states no learning objectives. Learners must see what each module prepares"
                + " them to do (QM 2.2, 2.3; IACET 5.1). Add at least one under `objectives`, e.g."
                + " `- { id: LO-M01-1, text: Verify the shipper label against the order record,"
                + " bloom_level: evaluate, supports: [PO-1] }`.");
      } else if (count > max) {
        context.report(
            Severity.INFO,
            module.objectives().get(max).at(),
            "Module "
                + Labels.module(module)
                + " has "
                + count
                + " objectives, more than the "
                + max
                + " a learner can take in at the top of a page; this is the first one over the"
                + " limit (QM 2.3). Consider splitting the module or merging closely related"
                + " objectives (the limit is MOD-001's `max` option in coursekit.yml).");
      }
    }
  }
}
