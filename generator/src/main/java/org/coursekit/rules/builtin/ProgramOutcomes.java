package org.coursekit.rules.builtin;

import static org.coursekit.rules.builtin.YamlPaths.at;
import static org.coursekit.rules.builtin.YamlPaths.blank;

import java.util.Arrays;
import java.util.List;
import org.coursekit.diag.Severity;
import org.coursekit.diag.Suggestions;
import org.coursekit.model.BloomLevel;
import org.coursekit.model.Course;
import org.coursekit.model.Outcome;
import org.coursekit.model.Program;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.yaml.YamlList;

/**
 * PRG-002: the program declares 1 to 12 intended learning outcomes, each with an id, a text and a
 * Bloom level. The wording of each outcome is judged by the LO rules.
 */
final class ProgramOutcomes implements Rule {

  private static final int MAX_OUTCOMES = 12;

  private static final List<String> LEVEL_WORDS =
      Arrays.stream(BloomLevel.values()).map(BloomLevel::word).toList();

  @Override
  public String id() {
    return "PRG-002";
  }

  @Override
  public String name() {
    return "Program outcomes exist and are well formed";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "E2659-17 3.1.3, ICE 1100 and IACET 5.1: a certificate program teaches toward stated"
        + " intended learning outcomes and assesses them, so each needs an id, a text and a"
        + " Bloom level; more than 12 is hard to teach and assess. The LO rules judge the"
        + " wording.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    Program program = course.program();
    if (program == null) {
      return;
    }
    List<Outcome> outcomes = program.outcomes();
    boolean written =
        program
            .source()
            .get("outcomes")
            .filter(node -> node instanceof YamlList list && !list.items().isEmpty())
            .isPresent();
    if (outcomes.isEmpty() && !written) {
      context.report(
          at(program.source(), "outcomes"),
          "program.yml declares no `outcomes`: a certificate program must state what learners"
              + " will be able to do when they finish (E2659-17 3.1.3; IACET 5.1). Add them, e.g."
              + " `outcomes: [{ id: PO-1, text: Perform receipt checks on a cryopreserved cell"
              + " product, bloom_level: apply }]`.");
    }
    if (outcomes.size() > MAX_OUTCOMES) {
      context.report(
          Severity.WARNING,
          outcomes.get(MAX_OUTCOMES).at(),
          "program.yml declares "
              + outcomes.size()
              + " outcomes; more than "
              + MAX_OUTCOMES
              + " are hard to teach and to assess well (QM 2.1). Merge related outcomes or move"
              + " the detail into module objectives.");
    }
    outcomes.forEach(outcome -> checkOutcome(outcome, context));
  }

  private static void checkOutcome(Outcome outcome, RuleContext context) {
    if (blank(outcome.text())) {
      context.report(
          at(outcome.source(), "text"),
          "Outcome `"
              + outcome.id()
              + "` has no `text`: say what a learner will be able to do (E2659-17 3.1.3). Add it,"
              + " e.g. `text: Perform receipt checks on a cryopreserved cell product`.");
    }
    String level = outcome.bloomLevel();
    boolean cognitive =
        !"psychomotor".equals(outcome.domain()) && !"affective".equals(outcome.domain());
    if (blank(level)) {
      if (cognitive) {
        context.report(
            at(outcome.source(), "bloom_level"),
            "Outcome `"
                + outcome.id()
                + "` has no `bloom_level`: the level shows what the assessment must reach (IACET"
                + " 5.1, Annex 3). Add one of remember, understand, apply, analyze, evaluate,"
                + " create, e.g. `bloom_level: apply`.");
      }
    } else if (BloomLevel.parse(level).isEmpty()) {
      String hint = Suggestions.didYouMean(level, LEVEL_WORDS);
      context.report(
          at(outcome.source(), "bloom_level"),
          "Outcome `"
              + outcome.id()
              + "` has `bloom_level: "
              + level
              + "`, which is not a Bloom level (IACET 5.1, Annex 3). "
              + (hint.isEmpty()
                  ? "Use one of remember, understand, apply, analyze, evaluate, create."
                  : hint));
    }
  }
}
