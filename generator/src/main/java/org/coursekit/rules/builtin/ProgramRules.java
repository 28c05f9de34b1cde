package org.coursekit.rules.builtin;

import java.util.List;
import org.coursekit.rules.Rule;

/**
 * The PRG rules: the program profile, outcomes, completion and certificate (PRG-001 to PRG-013).
 */
final class ProgramRules {
  private ProgramRules() {}

  static List<Rule> all() {
    return List.of();
  }
}
