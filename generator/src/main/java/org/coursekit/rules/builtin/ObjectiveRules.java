package org.coursekit.rules.builtin;

import java.util.List;
import org.coursekit.rules.Rule;

/**
 * The LO rules: learning objectives: verbs, Bloom levels, form and assessment (LO-001 to LO-009).
 */
final class ObjectiveRules {
  private ObjectiveRules() {}

  static List<Rule> all() {
    return List.of();
  }
}
