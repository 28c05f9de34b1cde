package org.coursekit.rules.builtin;

import static org.coursekit.rules.builtin.YamlPaths.at;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coursekit.diag.Severity;
import org.coursekit.model.BloomLevel;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Objective;
import org.coursekit.model.Program;
import org.coursekit.rules.CourseIndex.PlacedObjective;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;

/**
 * PRG-009: the Bloom profile of the module objectives fits the audience level, and a program that
 * carries CE credit aims every module at applying what is learnt. It never asks for all six levels.
 */
final class CognitiveProfile implements Rule {

  @Override
  public String id() {
    return "PRG-009";
  }

  @Override
  public String name() {
    return "Cognitive profile fits the audience and the intent";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String help() {
    return "E2659-24 6.1.2(3) (entry-level audiences given advanced content), QM 2.5 and 3.4, and"
        + " ACCME Criterion 3 (CE aims at competence or performance): the level of the objectives"
        + " must suit the audience. Bloom levels are not difficulty, so no level mix is required.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    Program program = course.program();
    if (program == null) {
      return;
    }
    List<BloomLevel> levels =
        context.index().objectives().stream()
            .map(PlacedObjective::objective)
            .map(o -> BloomLevel.parse(o.bloomLevel()))
            .flatMap(Optional::stream)
            .toList();
    String audience = program.audience() == null ? null : program.audience().level();
    if (!levels.isEmpty() && "entry".equals(audience)) {
      long high = levels.stream().filter(l -> l.atLeast(BloomLevel.EVALUATE)).count();
      if (high * 2 > levels.size()) {
        context.report(
            at(program.source(), "intended_audience.level"),
            "The audience is entry level, but "
                + high
                + " of "
                + levels.size()
                + " module objectives are at Evaluate or Create, more than half (E2659-24"
                + " 6.1.2(3): entry-level learners need a foundation first; QM 2.5). Bring most"
                + " objectives to a level a newcomer can reach, e.g. `bloom_level: apply`, or set"
                + " `level: intermediate` if the audience is experienced.");
      }
    }
    if (!levels.isEmpty()
        && "advanced".equals(audience)
        && levels.stream().noneMatch(l -> l.atLeast(BloomLevel.APPLY))) {
      context.report(
          at(program.source(), "intended_audience.level"),
          "The audience is advanced, but all "
              + levels.size()
              + " module objectives are at Remember or Understand (E2659-24 6.1.2(3); QM 2.5)."
              + " Give advanced learners objectives that use, analyse or judge, e.g. `bloom_level:"
              + " analyze`, or set `level: entry` if the program is introductory.");
    }
    if (!program.credits().isEmpty()) {
      String credits =
          program.credits().stream()
              .map(Program.Credit::type)
              .filter(t -> t != null)
              .distinct()
              .collect(Collectors.joining(", "));
      course.modules().forEach(module -> checkModule(module, credits, context));
    }
  }

  private static void checkModule(CourseModule module, String credits, RuleContext context) {
    if (module.objectives().isEmpty()
        || module.objectives().stream().anyMatch(CognitiveProfile::aimsAtPerformance)) {
      return; // a module without objectives is MOD-001's finding
    }
    context.report(
        at(module.source(), "objectives"),
        "Module `"
            + module.id()
            + "` has no objective at Apply or above, but the program carries CE credit ("
            + credits
            + "), which should change what learners can do, not only what they know (ACCME"
            + " Criterion 3; QM 3.4). Add or raise an objective to Apply or above, e.g."
            + " `bloom_level: apply` with a verb such as perform, use or calculate.");
  }

  /** Apply or above, or a psychomotor or performance objective (a skill is applied by nature). */
  private static boolean aimsAtPerformance(Objective objective) {
    return objective.performance()
        || "psychomotor".equals(objective.domain())
        || BloomLevel.parse(objective.bloomLevel())
            .map(l -> l.atLeast(BloomLevel.APPLY))
            .orElse(false);
  }
}
