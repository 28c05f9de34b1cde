package org.coursekit.load;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coursekit.diag.Finding;
import org.coursekit.model.CourseConfig;
import org.coursekit.yaml.YamlFields;
import org.coursekit.yaml.YamlMap;
import org.coursekit.yaml.YamlNode;
import org.coursekit.yaml.YamlScalar;

/** Reads {@code coursekit.yml}, the rule profile and per-rule settings of a course. */
final class ConfigReader {

  private static final List<String> PROFILES = List.of("draft", "release");
  private static final List<String> SEVERITIES = List.of("error", "warning", "info", "off");
  private static final String RULE_EXAMPLE =
      "ASM-003: { severity: warning, min_items_per_objective: 2 }";

  private final YamlFields fields;
  private final HtmlAllowReader html;

  ConfigReader(YamlFields fields) {
    this.fields = fields;
    this.html = new HtmlAllowReader(fields);
  }

  CourseConfig read(YamlMap root) {
    fields.checkKeys(root, FormatKeys.CONFIG);
    String profile = fields.text(root, "profile", "release");
    if (profile != null && !PROFILES.contains(profile)) {
      fields.notOneOf(root.get("profile").orElseThrow(), "`profile`", PROFILES, "profile: release");
      profile = null;
    }
    return new CourseConfig(
        Objects.requireNonNullElse(profile, CourseConfig.DEFAULTS.profile()),
        rules(root),
        baseline(root),
        root.has("baseline") ? root.positionOf("baseline") : null,
        html.read(root));
  }

  /**
   * The baseline file as written; null (reported) when it lies outside the course folder, which a
   * build must never read or write.
   */
  private String baseline(YamlMap root) {
    String baseline = fields.text(root, "baseline", "coursekit-baseline.json");
    if (baseline == null || baseline.isBlank()) {
      return baseline;
    }
    String written = baseline.strip().replace('\\', '/');
    boolean outside;
    try {
      Path path = Path.of(written).normalize();
      outside = path.isAbsolute() || written.startsWith("/") || path.startsWith("..");
    } catch (InvalidPathException e) {
      outside = true;
    }
    if (outside) {
      fields.report(
          Finding.error(
              CourseFolder.ESCAPE_RULE,
              root.get("baseline").orElseThrow().at(),
              "The baseline file `"
                  + baseline
                  + "` lies outside the course folder, which CourseKit never reads or writes, so"
                  + " the default coursekit-baseline.json is used. Name a file inside the course,"
                  + " e.g. `baseline: coursekit-baseline.json`."));
      return null;
    }
    return baseline;
  }

  /** Each entry is a severity word or a mapping of {@code severity} and the rule's options. */
  private List<CourseConfig.RuleSetting> rules(YamlMap root) {
    List<CourseConfig.RuleSetting> settings = new ArrayList<>();
    YamlMap rules = fields.map(root, "rules", FormatKeys.RULES, "{ LO-006: warning }").orElse(null);
    if (rules == null) {
      return settings;
    }
    for (YamlMap.Entry entry : rules.entries()) {
      YamlNode value = entry.value();
      if (value instanceof YamlMap options) {
        String severity = severity(options.get("severity").orElse(null));
        YamlMap withoutSeverity =
            new YamlMap(
                options.entries().stream().filter(e -> !e.key().equals("severity")).toList(),
                options.at());
        settings.add(
            new CourseConfig.RuleSetting(entry.key(), severity, withoutSeverity, entry.keyAt()));
      } else if (value instanceof YamlScalar scalar && !scalar.isNull()) {
        String severity = severity(scalar);
        if (severity != null) {
          settings.add(
              new CourseConfig.RuleSetting(
                  entry.key(), severity, new YamlMap(List.of(), value.at()), entry.keyAt()));
        }
      } else {
        fields.wrongType(
            value,
            "The setting of " + YamlFields.quoted(entry.key()),
            "a severity or a mapping",
            "rules: { " + RULE_EXAMPLE + " }");
      }
    }
    return settings;
  }

  /** A valid severity word, or null (reported when something else was written). */
  private String severity(YamlNode node) {
    if (node == null || (node instanceof YamlScalar scalar && scalar.isNull())) {
      return null;
    }
    String word = fields.textOf(node, "A severity", "LO-006: warning");
    if (word != null && SEVERITIES.contains(word)) {
      return word;
    }
    if (word != null) {
      fields.notOneOf(node, "A severity", SEVERITIES, "LO-006: warning");
    }
    return null;
  }
}
