package org.coursekit.report;

import java.util.List;

/**
 * Everything the coverage report shows, worked out once and rendered twice (coverage.html by the
 * theme's {@code reports/coverage.ftlh}, coverage.md by {@link CoverageMarkdown}). Texts are plain
 * (renderers escape them); a {@code gap} is a sentence that names what is missing, or null.
 *
 * @param lang the page language, from program.yml {@code language}
 * @param hasProgram false when program.yml could not be read: only the summary and the findings can
 *     be shown
 */
public record CoverageView(
    String lang,
    Summary summary,
    boolean hasProgram,
    List<OutcomeTrace> outcomes,
    List<ObjectiveTrace> unlinkedObjectives,
    List<FormBlueprint> forms,
    List<BloomRow> bloom,
    List<FindingGroup> findingGroups,
    List<RuleNote> rules) {

  /**
   * The head of the report.
   *
   * @param baselined findings the course's baseline records: listed, but not counted above
   * @param status {@code fail} (errors), {@code review} (warnings only) or {@code pass}
   * @param buildDate the build's date, or null
   */
  public record Summary(
      String title,
      String programId,
      String version,
      String profile,
      String buildDate,
      int errors,
      int warnings,
      int infos,
      int baselined,
      String status,
      String verdict) {}

  /**
   * One program outcome with the module objectives that support it.
   *
   * @param directItems summative items mapped to the outcome itself
   * @param rows table rows the outcome spans: one per objective, one for direct items, at least 1
   */
  public record OutcomeTrace(
      String id,
      String text,
      List<ObjectiveTrace> objectives,
      List<String> directItems,
      String gap,
      int rows) {}

  /** One module objective with the summative items that measure it. */
  public record ObjectiveTrace(
      String id,
      String text,
      String moduleId,
      String moduleTitle,
      List<String> items,
      String gap) {}

  /**
   * The blueprint of one summative form against the items its pool holds.
   *
   * @param formSize items one sitting draws ({@code pool.draw}, else the whole pool)
   * @param totalWeight the weights' sum, e.g. {@code 100}
   * @param weightGap a sentence when the weights do not add up to 100, else null
   */
  public record FormBlueprint(
      String id,
      String file,
      int poolSize,
      int formSize,
      List<BlueprintLine> lines,
      String totalWeight,
      String weightGap) {}

  /**
   * One objective (or outcome) of a blueprint, or one the pool measures but the blueprint omits.
   *
   * @param weight percent, or empty when the blueprint gives none
   * @param minItems the blueprint's {@code min_items}, or empty
   * @param expected the items the weight calls for in one sitting, e.g. {@code 1.9}, or empty
   * @param items pool items that name the objective
   * @param share those items as a percentage of the pool, e.g. {@code 6}
   */
  public record BlueprintLine(
      String objective,
      String weight,
      String minItems,
      String expected,
      int items,
      String share,
      String gap) {}

  /** One Bloom level (or "Not given") with how many outcomes, objectives and items sit there. */
  public record BloomRow(String level, Share outcomes, Share objectives, Share items) {}

  /** A count and its whole-number percentage of its column. */
  public record Share(int count, int percent) {}

  /** The findings of one part of the course: the program-wide files or one module. */
  public record FindingGroup(String title, List<FindingLine> findings) {}

  /**
   * One finding as the report prints it.
   *
   * @param messageHtml the message as HTML, its {@code `code`} spans as code elements
   * @param baselined true when the course's baseline records it: accepted for now, it does not fail
   *     the build
   */
  public record FindingLine(
      String severity,
      String location,
      String rule,
      String ruleName,
      String message,
      String messageHtml,
      boolean baselined) {}

  /** A rule that has findings, with why it matters. */
  public record RuleNote(String id, String name, String help) {}
}
