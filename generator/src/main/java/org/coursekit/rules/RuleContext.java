package org.coursekit.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.diag.SourceRef;
import org.coursekit.history.CourseHistory;
import org.coursekit.yaml.YamlFields;
import org.coursekit.yaml.YamlMap;

/**
 * What one rule reports through during one run on one course. Each run gets its own context, so
 * rules never share mutable state. The validator applies the course's configuration (severity
 * overrides, suppressions) afterwards; a rule only says what is wrong and where.
 */
public final class RuleContext {

  private final Rule rule;
  private final YamlMap options;
  private final RunFacts run;
  private final List<Finding> findings = new ArrayList<>();
  private final YamlFields optionFields = new YamlFields(findings::add);

  /** What every rule of one validation run shares: built once per run, immutable. */
  record RunFacts(CourseIndex index, ValidationOptions options, String profile) {}

  RuleContext(Rule rule, YamlMap options, RunFacts run) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.options = Objects.requireNonNull(options, "options");
    this.run = Objects.requireNonNull(run, "run");
  }

  /** Lookups over the course being checked (objectives, people, assessment pools…). */
  public CourseIndex index() {
    return run.index();
  }

  /** The date review, evaluation and disclosure dates are judged against. */
  public LocalDate today() {
    return run.options().today();
  }

  /** The course's version-control history; {@link CourseHistory#available()} may be false. */
  public CourseHistory history() {
    return run.options().history();
  }

  /** The rule profile in force: {@code release} (default) or {@code draft}. */
  public String profile() {
    return run.profile();
  }

  /** A whole-number option, or {@code fallback} when absent or of the wrong type (reported). */
  public int intOption(String name, int fallback) {
    Integer value = optionFields.wholeNumber(options, name, "a whole number", name + ": 2");
    return value == null ? fallback : value;
  }

  /** A number option, or {@code fallback} when absent or of the wrong type (reported). */
  public BigDecimal numberOption(String name, BigDecimal fallback) {
    BigDecimal value = optionFields.number(options, name, name + ": 5");
    return value == null ? fallback : value;
  }

  /** A text option, or {@code fallback} when absent or of the wrong type (reported). */
  public String textOption(String name, String fallback) {
    String value = optionFields.text(options, name, name + ": value");
    return value == null ? fallback : value;
  }

  /** A list-of-texts option, or {@code fallback} when absent (wrong types are reported). */
  public List<String> textsOption(String name, List<String> fallback) {
    return options.has(name) ? optionFields.texts(options, name, name + ": [a, b]") : fallback;
  }

  /** A true/false option, or {@code fallback} when absent or of the wrong type (reported). */
  public boolean boolOption(String name, boolean fallback) {
    Boolean value = optionFields.bool(options, name);
    return value == null ? fallback : value;
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

  Rule rule() {
    return rule;
  }
}
