package org.coursekit.pack;

import java.math.BigDecimal;
import java.util.List;
import org.coursekit.model.Assessment;
import org.coursekit.model.Item;

/**
 * What every package of one course carries, worked out once from the course: the pages in delivery
 * order, the objectives, how completion and success are decided, and the summative assessment the
 * runtime delivers.
 *
 * @param description the program's purpose as plain text, or the title when it has none
 * @param allModulesRequired completion requires every module page to be visited
 * @param assessment the online summative assessment completion requires, or null
 * @param masteryPercent the passing score on the scaled measure, 0 to 100, or null when success is
 *     not decided in the package (no passing standard, or an in-person part the package never sees)
 * @param inPerson the in-person assessments completion also requires: recorded outside the package
 * @param inPersonPassMark the program's passing standard as learners read it ("80% of the combined
 *     points"), shown with the in-person notice; null without in-person assessments or a standard
 */
public record PackagePlan(
    String programId,
    String title,
    String version,
    String language,
    String description,
    List<ModuleEntry> modules,
    List<ObjectiveEntry> objectives,
    boolean allModulesRequired,
    AssessmentEntry assessment,
    BigDecimal masteryPercent,
    String masteryScale,
    Integer attemptsMax,
    Integer waitDays,
    List<InPersonEntry> inPerson,
    String inPersonPassMark) {

  /** A module page: its id, its title and its path in the package. */
  public record ModuleEntry(String id, String title, String href) {}

  /** A required assessment taken in person: its id and its title. */
  public record InPersonEntry(String id, String title) {}

  /** A module objective, with the module that teaches it. */
  public record ObjectiveEntry(String id, String moduleId, String text) {}

  /**
   * The assessment as packaged.
   *
   * @param items the pool items a browser can score (single, multiple, numeric, short, matching),
   *     in pool order
   * @param draw how many items one attempt draws from {@code items}
   */
  public record AssessmentEntry(Assessment source, String title, List<Item> items, int draw) {
    public AssessmentEntry {
      items = List.copyOf(items);
    }
  }

  public PackagePlan {
    modules = List.copyOf(modules);
    objectives = List.copyOf(objectives);
    inPerson = List.copyOf(inPerson);
  }
}
