package org.coursekit.rules;

import java.util.List;

/**
 * A source of rules, found with {@link java.util.ServiceLoader} through {@code
 * META-INF/services/org.coursekit.rules.RuleProvider}, so a jar can add rules without changing
 * CourseKit.
 */
public interface RuleProvider {

  List<Rule> rules();
}
