package org.coursekit.rules;

import org.coursekit.diag.Severity;
import org.coursekit.model.Course;

/**
 * One check of the rule catalogue. A rule is stateless: everything it learns about a course lives
 * in local variables of {@link #check}, and it reports only through the {@link RuleContext}, so
 * rules can be created once and run on any number of courses.
 */
public interface Rule {

  /** The stable catalogue id, e.g. {@code GEN-001}; course authors use it in coursekit.yml. */
  String id();

  /** A short human name, e.g. "Unique ids and resolvable references". */
  String name();

  /** The severity of this rule's findings when coursekit.yml does not say otherwise. */
  Severity defaultSeverity();

  /** Checks {@code course} and reports each problem through {@code context}. */
  void check(Course course, RuleContext context);
}
