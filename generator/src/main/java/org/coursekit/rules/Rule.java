package org.coursekit.rules;

import org.coursekit.diag.Severity;
import org.coursekit.model.Course;

/**
 * One check of the rule catalogue. A rule is stateless: everything it learns about a course lives
 * in local variables of {@link #check}, and it reports only through the {@link RuleContext}, so
 * rules can be created once and run on any number of courses, and the rules of one run may run at
 * the same time.
 */
public interface Rule {

  /** The stable catalogue id, e.g. {@code GEN-001}; course authors use it in coursekit.yml. */
  String id();

  /** A short human name, e.g. "Unique ids and resolvable references". */
  String name();

  /** The severity of this rule's findings when coursekit.yml does not say otherwise. */
  Severity defaultSeverity();

  /**
   * Why the rule matters and where it comes from, in a sentence or two (shown in reports next to
   * each finding, e.g. "QM 2.1; IACET 5.1: objectives must name observable performances").
   */
  default String help() {
    return "";
  }

  /**
   * The option names this rule reads from coursekit.yml (besides {@code severity}); any other key
   * there is reported as unknown, with a "did you mean".
   */
  default java.util.Set<String> optionNames() {
    return java.util.Set.of();
  }

  /** Checks {@code course} and reports each problem through {@code context}. */
  void check(Course course, RuleContext context);
}
