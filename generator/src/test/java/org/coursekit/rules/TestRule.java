package org.coursekit.rules;

import java.util.function.BiConsumer;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;

/** A rule whose check is given as a lambda, for validator tests. */
record TestRule(String id, Severity defaultSeverity, BiConsumer<Course, RuleContext> body)
    implements Rule {

  @Override
  public String name() {
    return "Test rule " + id;
  }

  @Override
  public void check(Course course, RuleContext context) {
    body.accept(course, context);
  }
}
