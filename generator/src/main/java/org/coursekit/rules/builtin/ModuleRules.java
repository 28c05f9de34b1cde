package org.coursekit.rules.builtin;

import java.util.List;
import org.coursekit.rules.Rule;

/** The MOD rules: modules: objectives shown, taught and practised (MOD-001 to MOD-003). */
final class ModuleRules {
  private ModuleRules() {}

  static List<Rule> all() {
    return List.of(new ModuleObjectives(), new ObjectivesTaught(), new PracticeWithFeedback());
  }
}
