package org.coursekit.diff;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.coursekit.diag.Finding;
import org.coursekit.diff.ReleaseReview.PageChange;
import org.coursekit.diff.ReleaseSnapshot.ItemEntry;
import org.coursekit.model.Course;

/**
 * What changes.md and changes.html show, in the order a reviewer reads it: the verdict and what to
 * do in the LMS, the guard's findings, objectives, items per objective, assessment and passing
 * rule, every other change, findings new and fixed, then the changed module pages.
 *
 * @param classification {@code editorial}, {@code content}, {@code tracking-breaking} or {@code no
 *     change}
 * @param status the verdict's look: {@code fail} (tracking-breaking or a guard error), {@code
 *     review} (content) or {@code pass}
 * @param findingsCompared false when the previous release is a package, which carries no findings
 */
public record ChangesView(
    String lang,
    String title,
    String programId,
    String previousName,
    String previousVersion,
    String version,
    String buildDate,
    String classification,
    String status,
    String advice,
    List<FindingLine> guard,
    List<Reworded> reworded,
    List<String> objectivesAdded,
    List<String> objectivesRemoved,
    List<ObjectiveItems> items,
    List<Line> assessment,
    List<Line> others,
    boolean findingsCompared,
    List<FindingLine> newFindings,
    List<FindingLine> fixedFindings,
    List<Page> pages) {

  /** The heading level of each module page's title in changes.html. */
  static final int PAGE_HEADING_LEVEL = 3;

  /** A change and what it means for learners in the LMS (may be empty). */
  public record Line(String changeClass, String description, String impact) {}

  /**
   * A reworded outcome or objective, as a word-level diff.
   *
   * @param html the text with {@code <del>} and {@code <ins>}, HTML-escaped
   * @param markdown the same for GitHub Markdown
   */
  public record Reworded(String noun, String id, String html, String markdown) {}

  /** Items that began or stopped assessing one objective or outcome. */
  public record ObjectiveItems(String objective, List<String> added, List<String> removed) {}

  /** A finding as reports list it. */
  public record FindingLine(String severity, String rule, String where, String message) {
    static FindingLine of(Finding finding) {
      return new FindingLine(
          finding.severity().label(), finding.rule(), finding.at().toString(), finding.message());
    }
  }

  /** A changed module page, marked up. */
  public record Page(
      String moduleId, String title, String status, int deleted, int inserted, String html) {

    /** "2 paragraphs removed or reworded, 1 added or reworded". */
    String summary() {
      return deleted
          + (deleted == 1 ? " paragraph" : " paragraphs")
          + " removed or reworded, "
          + inserted
          + " added or reworded";
    }
  }

  static ChangesView of(
      Course now,
      ReleaseDifference difference,
      String previousName,
      List<Finding> guard,
      FindingChanges findings,
      List<PageChange> pages,
      ReviewOptions options) {
    ReleaseSnapshot after = difference.after();
    String classification = difference.classification().map(ChangeClass::label).orElse("no change");
    boolean errors = guard.stream().anyMatch(f -> f.severity().label().equals("error"));
    String status =
        errors || classification.equals(ChangeClass.TRACKING_BREAKING.label())
            ? "fail"
            : classification.equals(ChangeClass.CONTENT.label()) ? "review" : "pass";
    List<Reworded> reworded = new ArrayList<>();
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<Line> assessment = new ArrayList<>();
    List<Line> others = new ArrayList<>();
    // Gravest first (the sort is stable): what breaks tracking before the wording fixes.
    List<CourseChange> changes =
        difference.changes().stream()
            .sorted(Comparator.comparing(CourseChange::changeClass).reversed())
            .toList();
    for (CourseChange change : changes) {
      boolean statement =
          change.subject().equals("objective") || change.subject().equals("outcome");
      if (statement && change.kind().equals("reworded")) {
        WordDiff diff = WordDiff.of(change.before(), change.after());
        reworded.add(
            new Reworded(
                change.subject(), change.id(), DiffMarkup.html(diff), DiffMarkup.markdown(diff)));
      } else if (change.subject().equals("objective") && change.kind().equals("added")) {
        added.add(change.id());
      } else if (change.subject().equals("objective") && change.kind().equals("removed")) {
        removed.add(change.id());
      } else if (change.subject().equals("assessment") || change.subject().equals("completion")) {
        assessment.add(line(change));
      } else {
        others.add(line(change));
      }
    }
    return new ChangesView(
        Objects.requireNonNullElse(now.program().language(), "en"),
        after.title(),
        after.programId(),
        previousName,
        difference.before().version(),
        after.version(),
        options.outputTimestamp() == null
            ? null
            : DateTimeFormatter.ISO_LOCAL_DATE.format(
                options.outputTimestamp().atOffset(ZoneOffset.UTC)),
        classification,
        status,
        difference.lmsAdvice(),
        guard.stream().sorted().map(FindingLine::of).toList(),
        reworded,
        added,
        removed,
        itemsPerObjective(difference),
        assessment,
        others,
        findings != null,
        findings == null ? List.of() : findings.added().stream().map(FindingLine::of).toList(),
        findings == null ? List.of() : findings.fixed().stream().map(FindingLine::of).toList(),
        pages.stream()
            .map(
                p ->
                    new Page(
                        p.moduleId(),
                        p.title(),
                        p.status(),
                        p.diff().deleted(),
                        p.diff().inserted(),
                        p.diff().html()))
            .toList());
  }

  private static Line line(CourseChange change) {
    return new Line(change.changeClass().label(), change.description(), change.impact());
  }

  /** For each objective or outcome, the items that now assess it and did not, and vice versa. */
  private static List<ObjectiveItems> itemsPerObjective(ReleaseDifference difference) {
    Map<String, Set<String>> before = assessedBy(difference.before().items());
    Map<String, Set<String>> after = assessedBy(difference.after().items());
    Set<String> targets = new TreeSet<>(before.keySet());
    targets.addAll(after.keySet());
    List<ObjectiveItems> result = new ArrayList<>();
    for (String target : targets) {
      Set<String> was = before.getOrDefault(target, Set.of());
      Set<String> now = after.getOrDefault(target, Set.of());
      List<String> added = now.stream().filter(id -> !was.contains(id)).sorted().toList();
      List<String> removed = was.stream().filter(id -> !now.contains(id)).sorted().toList();
      if (!added.isEmpty() || !removed.isEmpty()) {
        result.add(new ObjectiveItems(target, added, removed));
      }
    }
    return result;
  }

  private static Map<String, Set<String>> assessedBy(List<ItemEntry> items) {
    Map<String, Set<String>> map = new TreeMap<>();
    for (ItemEntry item : items) {
      for (String objective : item.objectives()) {
        map.computeIfAbsent(objective, k -> new TreeSet<>()).add(item.id());
      }
    }
    return map;
  }
}
