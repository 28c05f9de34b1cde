package org.coursekit.model;

import java.util.List;
import org.coursekit.diag.SourceRef;
import org.coursekit.yaml.YamlMap;

/**
 * {@code coursekit.yml}: the rule profile, per-rule settings and the baseline file. A course
 * without the file gets {@link #DEFAULTS}.
 *
 * @param baseline the baseline file as written (relative to the course folder), or null when
 *     coursekit.yml names none
 * @param baselineAt where {@code baseline} is written, or null when it is not
 * @param html the raw HTML allowed beyond the safe default ({@code html.allow})
 */
public record CourseConfig(
    String profile,
    List<RuleSetting> rules,
    String baseline,
    SourceRef baselineAt,
    HtmlAllowList html) {

  /** The settings of a course that has no {@code coursekit.yml}. */
  public static final CourseConfig DEFAULTS = new CourseConfig("release", List.of(), null);

  /** Settings whose baseline, if any, has no recorded position. */
  public CourseConfig(String profile, List<RuleSetting> rules, String baseline) {
    this(profile, rules, baseline, null);
  }

  /** Settings that allow no raw HTML beyond the safe default. */
  public CourseConfig(
      String profile, List<RuleSetting> rules, String baseline, SourceRef baselineAt) {
    this(profile, rules, baseline, baselineAt, HtmlAllowList.NONE);
  }

  /**
   * One entry under {@code rules:}: a severity word ({@code error|warning|info|off}, or null when
   * only options are given) and the rule's options as written.
   */
  public record RuleSetting(String rule, String severity, YamlMap options, SourceRef at) {}

  public CourseConfig {
    rules = List.copyOf(rules);
    html = html == null ? HtmlAllowList.NONE : html;
  }
}
