package org.coursekit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.diag.SourceRef;
import org.coursekit.yaml.YamlMap;

/**
 * What one rule reports through during one run on one course. Each run gets its own context, so
 * rules never share mutable state. The validator applies the course's configuration (severity
 * overrides, suppressions) afterwards; a rule only says what is wrong and where.
 */
public final class RuleContext {

  private final Rule rule;
  private final YamlMap options;
  private final List<Finding> findings = new ArrayList<>();

  RuleContext(Rule rule, YamlMap options) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Reports a problem at the rule's default severity. */
  public void report(SourceRef at, String message) {
    report(rule.defaultSeverity(), at, message);
  }

  /**
   * Reports a problem at a severity the rule chooses, for rules with two levels (LO-001: unknown
   * verb is a warning, no verb an error). A severity set in coursekit.yml still replaces it.
   */
  public void report(Severity severity, SourceRef at, String message) {
    findings.add(new Finding(rule.id(), severity, at, message));
  }

  /**
   * The rule's options from coursekit.yml ({@code ASM-003: {severity: warning,
   * min_items_per_objective: 2}}); an empty mapping when none are given.
   */
  public YamlMap options() {
    return options;
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }
}
