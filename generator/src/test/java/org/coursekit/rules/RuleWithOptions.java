package org.coursekit.rules;

import java.util.Set;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;

/** A rule that declares option names and otherwise behaves as {@code rule}, for settings tests. */
record RuleWithOptions(Rule rule, Set<String> optionNames) implements Rule {

  static Rule of(Rule rule, String... optionNames) {
    return new RuleWithOptions(rule, Set.of(optionNames));
  }

  @Override
  public String id() {
    return rule.id();
  }

  @Override
  public String name() {
    return rule.name();
  }

  @Override
  public Severity defaultSeverity() {
    return rule.defaultSeverity();
  }

  @Override
  public void check(Course course, RuleContext context) {
    rule.check(course, context);
  }
}
