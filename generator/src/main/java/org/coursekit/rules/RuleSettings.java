package org.coursekit.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.diag.SourceRef;
import org.coursekit.diag.Suggestions;
import org.coursekit.model.Course;
import org.coursekit.model.CourseConfig.RuleSetting;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Suppression;
import org.coursekit.yaml.YamlMap;

/**
 * What one course says about the rules: severity overrides and options from coursekit.yml and the
 * {@code lint.ignore} suppressions of its modules, plus findings for settings that name no rule.
 */
final class RuleSettings {

  /** The severity words besides {@code off}. */
  private static final Map<String, Severity> SEVERITY_WORDS =
      Map.of("error", Severity.ERROR, "warning", Severity.WARNING, "info", Severity.INFO);

  private static final String OFF = "off";

  /** A rule switched off for one file. */
  private record FileRule(String file, String rule) {}

  private final Map<String, Severity> overrides = new HashMap<>();
  private final Set<String> off = new HashSet<>();
  private final Map<String, YamlMap> options = new HashMap<>();
  private final Set<FileRule> suppressed = new HashSet<>();
  private final List<Finding> problems = new ArrayList<>();
  private final Set<String> knownRules;

  private RuleSettings(Set<String> knownRules) {
    this.knownRules = knownRules;
  }

  /** Reads the settings of {@code course}; ids not in {@code knownRules} become findings. */
  static RuleSettings of(Course course, Set<String> knownRules) {
    RuleSettings settings = new RuleSettings(Set.copyOf(knownRules));
    if (course.config() != null) {
      course.config().rules().forEach(settings::readSetting);
    }
    course.modules().forEach(settings::readSuppressions);
    return settings;
  }

  private void readSetting(RuleSetting setting) {
    if (!knownRules.contains(setting.rule())) {
      problems.add(
          unknownRule(
              setting.rule(), setting.at(), "coursekit.yml `rules`", "this setting has no effect"));
      return;
    }
    if (setting.options() != null) {
      options.put(setting.rule(), setting.options());
    }
    // The loader accepts only error|warning|info|off here and reports anything else (FMT-003).
    String word = setting.severity();
    if (OFF.equals(word)) {
      off.add(setting.rule());
    } else if (word != null && SEVERITY_WORDS.containsKey(word)) {
      overrides.put(setting.rule(), SEVERITY_WORDS.get(word));
    }
  }

  private void readSuppressions(CourseModule module) {
    for (Suppression suppression : module.suppressions()) {
      if (suppression.rule() == null) {
        continue; // the loader already reported the missing rule id
      }
      if (knownRules.contains(suppression.rule())) {
        suppressed.add(new FileRule(module.file(), suppression.rule()));
      } else {
        problems.add(
            unknownRule(
                suppression.rule(), suppression.at(), "`lint.ignore`", "it suppresses nothing"));
      }
    }
  }

  private Finding unknownRule(String rule, SourceRef at, String where, String effect) {
    String hint = Suggestions.didYouMean(rule, knownRules);
    if (hint.isEmpty()) {
      hint = "Correct the id (rule ids look like `GEN-001`) or remove the entry.";
    }
    return Finding.warning(
        "FMT-004",
        at,
        where
            + " names rule `"
            + rule
            + "`, which CourseKit does not have, so "
            + effect
            + ". "
            + hint);
  }

  /** Findings about the settings themselves: rule ids CourseKit does not have. */
  List<Finding> problems() {
    return List.copyOf(problems);
  }

  boolean isOff(String rule) {
    return off.contains(rule);
  }

  /** The rule's options, or an empty mapping placed at the start of coursekit.yml. */
  YamlMap options(String rule) {
    return options.getOrDefault(rule, new YamlMap(List.of(), SourceRef.startOf("coursekit.yml")));
  }

  /** The finding as the course configures it: empty when suppressed, else at its severity. */
  Optional<Finding> apply(Finding finding) {
    if (suppressed.contains(new FileRule(finding.at().file(), finding.rule()))) {
      return Optional.empty();
    }
    Severity override = overrides.get(finding.rule());
    return Optional.of(override == null ? finding : finding.withSeverity(override));
  }
}
