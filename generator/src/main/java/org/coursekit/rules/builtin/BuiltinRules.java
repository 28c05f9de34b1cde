package org.coursekit.rules.builtin;

import java.util.List;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleProvider;

/** CourseKit's own rules: the accreditation rule catalogue. Add each new rule here. */
public final class BuiltinRules implements RuleProvider {

  @Override
  public List<Rule> rules() {
    return List.of(new UniqueIdsAndReferences());
  }
}
