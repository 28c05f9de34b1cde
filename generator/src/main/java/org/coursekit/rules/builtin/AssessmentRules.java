package org.coursekit.rules.builtin;

import java.util.List;
import org.coursekit.rules.Rule;

/** The ASM rules: items and summative forms (ASM-001 to ASM-007). */
final class AssessmentRules {
  private AssessmentRules() {}

  static List<Rule> all() {
    return List.of(
        new ItemObjectives(),
        new BlueprintHonoured(),
        new EvidencePerObjective(),
        new ItemSourceAndReview(),
        new AnswerKeys(),
        new PassRuleReachable(),
        new SummativeItemsSecured());
  }
}
