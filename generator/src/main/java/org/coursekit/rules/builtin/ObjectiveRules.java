package org.coursekit.rules.builtin;

import java.util.List;
import org.coursekit.rules.Rule;

/**
 * The LO rules: learning objectives: verbs, Bloom levels, form and assessment (LO-001 to LO-009).
 * LO-001 to LO-007 judge the wording of module objectives and of program outcomes alike.
 */
final class ObjectiveRules {
  private ObjectiveRules() {}

  static List<Rule> all() {
    return List.of(
        new ObservableLeadVerb(),
        new MeasurableWording(),
        new BloomLevelMatchesVerb(),
        new OnePerformance(),
        new LearnerPerspective(),
        new ConditionAndCriterion(),
        new LengthAndPrecision(),
        new ObjectiveAssessed(),
        new ItemsReachObjectiveLevel());
  }
}
