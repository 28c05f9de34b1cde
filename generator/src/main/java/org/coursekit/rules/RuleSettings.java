package org.coursekit.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.diag.SourceRef;
import org.coursekit.diag.Suggestions;
import org.coursekit.model.Course;
import org.coursekit.model.CourseConfig;
import org.coursekit.model.CourseConfig.RuleSetting;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Suppression;
import org.coursekit.yaml.YamlMap;

/**
 * What one course says about the rules for one validation run: the profile, severity overrides and
 * options from coursekit.yml and the {@code lint.ignore} suppressions of its modules, plus findings
 * about settings that cannot take effect. The settings cover the validator's rules and the site and
 * package builds' {@link OutputChecks}. It remembers which suppressions were used, so create one
 * per run.
 */
final class RuleSettings {

  /** The severity words besides {@code off}. */
  private static final Map<String, Severity> SEVERITY_WORDS =
      Map.of("error", Severity.ERROR, "warning", Severity.WARNING, "info", Severity.INFO);

  private static final String OFF = "off";
  private static final String FORMAT_PREFIX = "FMT-";
  private static final String REASON_EXAMPLE =
      "{ rule: LO-003, reason: \"'verify' is used as an Evaluate verb here\" }";

  /** A rule switched off for one file. */
  private record FileRule(String file, String rule) {}

  /** A {@code lint.ignore} entry that takes effect, and where it is written. */
  private record Ignore(FileRule target, SourceRef at) {}

  /** What settings can name: a validator rule or an output check. */
  private record Configurable(String id, String name, Set<String> optionNames) {}

  private final Map<String, Configurable> knownRules;
  private final Map<String, Severity> overrides = new HashMap<>();
  private final Set<String> off = new HashSet<>();
  private final Map<String, YamlMap> options = new HashMap<>();
  private final List<Ignore> ignores = new ArrayList<>();
  private final Set<FileRule> suppressed = new HashSet<>();
  private final Set<FileRule> used = new HashSet<>();
  private final List<Finding> problems = new ArrayList<>();
  private Profile profile = Profile.RELEASE;

  private RuleSettings(List<Rule> rules) {
    Map<String, Configurable> byId = new LinkedHashMap<>();
    OutputChecks.ALL.forEach(
        check -> byId.put(check.id(), new Configurable(check.id(), check.name(), Set.of())));
    rules.forEach(
        rule -> byId.put(rule.id(), new Configurable(rule.id(), rule.name(), rule.optionNames())));
    this.knownRules = byId;
  }

  /**
   * Reads the settings of {@code course} for a run of {@code rules}.
   *
   * @param requestedProfile the profile the build asked for ({@code -Dcoursekit.profile}); it wins
   *     over coursekit.yml's; null keeps the file's
   */
  static RuleSettings of(Course course, List<Rule> rules, String requestedProfile) {
    RuleSettings settings = new RuleSettings(rules);
    CourseConfig config = course.config() == null ? CourseConfig.DEFAULTS : course.config();
    settings.chooseProfile(config.profile(), requestedProfile);
    config.rules().forEach(settings::readSetting);
    course.modules().forEach(settings::readSuppressions);
    return settings;
  }

  private void chooseProfile(String fromFile, String requested) {
    // The loader already reported a wrong word in coursekit.yml and read it as the default.
    Profile configured = Profile.parse(fromFile).orElse(Profile.RELEASE);
    if (requested == null) {
      profile = configured;
      return;
    }
    Optional<Profile> parsed = Profile.parse(requested);
    profile = parsed.orElse(configured);
    if (parsed.isEmpty()) {
      String hint = Suggestions.didYouMean(requested, Profile.words());
      problems.add(
          Finding.error(
              "FMT-003",
              SourceRef.startOf("coursekit.yml"),
              "The profile `"
                  + requested
                  + "` given to the build (plugin parameter `profile` or -Dcoursekit.profile)"
                  + " must be `draft` or `release`, so CourseKit checks this course with the `"
                  + configured.word()
                  + "` profile instead. "
                  + (hint.isEmpty() ? "" : hint + " ")
                  + "Use `-Dcoursekit.profile=draft` while writing and `release` before"
                  + " publishing."));
    }
  }

  private void readSetting(RuleSetting setting) {
    String rule = setting.rule();
    if (!knownRules.containsKey(rule)) {
      problems.add(
          rule.startsWith(FORMAT_PREFIX)
              ? notConfigurable(
                  rule, setting.at(), "coursekit.yml `rules`", "changed or switched off")
              : unknownRule(
                  rule, setting.at(), "coursekit.yml `rules`", "this setting has no effect"));
      return;
    }
    if (setting.options() != null) {
      options.put(rule, setting.options());
      checkOptionNames(knownRules.get(rule), setting.options());
    }
    // The loader accepts only error|warning|info|off here and reports anything else (FMT-003).
    String word = setting.severity();
    if (OFF.equals(word)) {
      off.add(rule);
    } else if (word != null && SEVERITY_WORDS.containsKey(word)) {
      overrides.put(rule, SEVERITY_WORDS.get(word));
    }
  }

  /** Reports each option key the rule does not read (FMT-004, a warning, at the key). */
  private void checkOptionNames(Configurable rule, YamlMap given) {
    Set<String> names = new TreeSet<>(rule.optionNames());
    for (YamlMap.Entry entry : given.entries()) {
      if (names.contains(entry.key())) {
        continue;
      }
      String help = Suggestions.didYouMean(entry.key(), names);
      if (help.isEmpty()) {
        help =
            names.isEmpty()
                ? rule.id()
                    + " has no options; only its severity can be set, e.g. `"
                    + rule.id()
                    + ": warning`."
                : rule.id()
                    + " reads "
                    + names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "))
                    + ".";
      }
      problems.add(
          Finding.warning(
              "FMT-004",
              entry.keyAt(),
              "`"
                  + entry.key()
                  + "` is not an option of "
                  + rule.id()
                  + " ("
                  + rule.name()
                  + "), so CourseKit ignores it. "
                  + help));
    }
  }

  private void readSuppressions(CourseModule module) {
    for (Suppression suppression : module.suppressions()) {
      String rule = suppression.rule();
      if (rule == null) {
        continue; // the loader already reported the missing rule id
      }
      boolean known = knownRules.containsKey(rule);
      if (!known) {
        problems.add(
            rule.startsWith(FORMAT_PREFIX)
                ? notConfigurable(rule, suppression.at(), "`lint.ignore`", "suppressed")
                : unknownRule(rule, suppression.at(), "`lint.ignore`", "it suppresses nothing"));
      }
      if (suppression.reason() == null || suppression.reason().isBlank()) {
        problems.add(withoutReason(suppression));
      } else if (known) {
        FileRule target = new FileRule(module.file(), rule);
        suppressed.add(target);
        ignores.add(new Ignore(target, suppression.at()));
      }
    }
  }

  private static Finding withoutReason(Suppression suppression) {
    return Finding.error(
        "FMT-003",
        suppression.at(),
        "This `lint.ignore` entry switches off "
            + suppression.rule()
            + " without a `reason`, so it is ignored and "
            + suppression.rule()
            + " is still reported here. Accreditation reviewers check every rule a course"
            + " switches off, so each entry needs a one-line justification, e.g. `"
            + REASON_EXAMPLE
            + "`.");
  }

  private Finding unknownRule(String rule, SourceRef at, String where, String effect) {
    String hint = Suggestions.didYouMean(rule, knownRules.keySet());
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

  private static Finding notConfigurable(String rule, SourceRef at, String where, String verb) {
    return Finding.warning(
        "FMT-004",
        at,
        where
            + " names `"
            + rule
            + "`, a format check. Format checks (FMT-001 to FMT-005) cannot be "
            + verb
            + ": they report a file or value CourseKit cannot read as written, so no rule could"
            + " check that part of the course. Remove this entry and fix what the "
            + rule
            + " finding points at instead.");
  }

  /** The profile in force for this run. */
  Profile profile() {
    return profile;
  }

  /**
   * Findings about the settings themselves: unknown rule ids and options, suppressions without a
   * reason, an invalid profile word.
   */
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

  /**
   * The finding as the course configures it: empty when suppressed (the suppression counts as
   * used), else at its severity after coursekit.yml's override and the profile.
   */
  Optional<Finding> apply(Finding finding) {
    FileRule target = new FileRule(finding.at().file(), finding.rule());
    if (suppressed.contains(target)) {
      used.add(target);
      return Optional.empty();
    }
    Severity override = overrides.get(finding.rule());
    return Optional.of(profile.apply(override == null ? finding : finding.withSeverity(override)));
  }

  /**
   * An info finding for each suppression that matched no finding, so stale exceptions do not pile
   * up. Call after every rule ran; suppressions of {@code skipped} rules (which could not finish)
   * are not judged.
   */
  List<Finding> unusedSuppressions(Set<String> skipped) {
    List<Finding> unused = new ArrayList<>();
    for (Ignore ignore : ignores) {
      String rule = ignore.target().rule();
      if (used.contains(ignore.target()) || skipped.contains(rule)) {
        continue;
      }
      String why =
          off.contains(rule)
              ? rule + " is switched off for the whole course in coursekit.yml"
              : rule + " reports nothing in this file";
      unused.add(
          Finding.info(
              "FMT-004",
              ignore.at(),
              "Unused suppression: this `lint.ignore` entry switches off "
                  + rule
                  + ", but "
                  + why
                  + ". Remove the entry, so the exceptions reviewers read stay current and a"
                  + " future problem of this kind is not hidden."));
    }
    return unused;
  }
}
