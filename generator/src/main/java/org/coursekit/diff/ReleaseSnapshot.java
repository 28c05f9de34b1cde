package org.coursekit.diff;

import java.util.List;

/**
 * What an LMS and an accreditor can tell apart between two releases of a course, in a form that
 * needs no course sources: every package carries it as {@value #FILE_NAME}, so a later build can
 * compare itself with a package already live in an LMS. Lists are sorted by id (modules keep their
 * delivery order, which the runtime's saved progress depends on). Summative items appear only as
 * ids and hashes, never as text.
 *
 * @param format the snapshot's own version, raised when its meaning changes
 * @param deliveryMode {@code design_plan.delivery_mode}, or null
 */
public record ReleaseSnapshot(
    int format,
    String programId,
    String title,
    String version,
    String deliveryMode,
    List<Statement> outcomes,
    List<ModuleEntry> modules,
    List<Statement> objectives,
    List<ItemEntry> items,
    List<AssessmentEntry> assessments,
    Completion completion) {

  /** The file name inside every package. */
  public static final String FILE_NAME = "coursekit-release.json";

  /** The format this CourseKit writes and reads. */
  public static final int FORMAT = 1;

  public ReleaseSnapshot {
    outcomes = List.copyOf(outcomes);
    modules = List.copyOf(modules);
    objectives = List.copyOf(objectives);
    items = List.copyOf(items);
    assessments = List.copyOf(assessments);
  }

  /**
   * An outcome or a module objective.
   *
   * @param module the module that declares an objective; null for a program outcome
   */
  public record Statement(String id, String text, String bloomLevel, String module) {}

  /**
   * A module in delivery order.
   *
   * @param contentHash SHA-256 of the module's Markdown body: any change of its text shows here
   */
  public record ModuleEntry(String id, String title, String contentHash, List<String> objectives) {
    public ModuleEntry {
      objectives = List.copyOf(objectives);
    }
  }

  /**
   * An item, formative or summative.
   *
   * @param module the module whose page holds the item inline, or null for a file under items/
   * @param scoringHash SHA-256 of what is assessed and how it is scored (type, use, objectives,
   *     keys, points): a change here changes results
   * @param wordingHash SHA-256 of the texts (stem, options, feedback, rationale)
   */
  public record ItemEntry(
      String id,
      String use,
      String type,
      List<String> objectives,
      String module,
      String scoringHash,
      String wordingHash) {
    public ItemEntry {
      objectives = List.copyOf(objectives);
    }
  }

  /**
   * A summative form.
   *
   * @param poolItems the ids of the items its pool holds, sorted
   */
  public record AssessmentEntry(
      String id,
      String deliveryMode,
      List<String> pool,
      Integer draw,
      List<String> poolItems,
      List<BlueprintEntry> blueprint) {
    public AssessmentEntry {
      pool = List.copyOf(pool);
      poolItems = List.copyOf(poolItems);
      blueprint = List.copyOf(blueprint);
    }
  }

  /** One blueprint row: an objective or outcome id, its weight in percent and a minimum count. */
  public record BlueprintEntry(String target, String weight, Integer minItems) {}

  /**
   * The completion rule and passing standard: what decides who passes.
   *
   * @param perOutcomeMinimum {@code <outcome>=<minimum>} entries of a conjunctive rule, sorted
   */
  public record Completion(
      List<String> requires,
      String score,
      String scale,
      String rule,
      List<String> perOutcomeMinimum,
      Integer attemptsMax,
      Integer waitDays) {
    public Completion {
      requires = List.copyOf(requires);
      perOutcomeMinimum = List.copyOf(perOutcomeMinimum);
    }
  }
}
