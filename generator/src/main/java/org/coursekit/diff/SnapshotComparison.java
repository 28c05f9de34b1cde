package org.coursekit.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.coursekit.diff.ReleaseSnapshot.AssessmentEntry;
import org.coursekit.diff.ReleaseSnapshot.Completion;
import org.coursekit.diff.ReleaseSnapshot.ItemEntry;
import org.coursekit.diff.ReleaseSnapshot.ModuleEntry;
import org.coursekit.diff.ReleaseSnapshot.Statement;

/**
 * Compares two {@link ReleaseSnapshot}s and classifies every difference. What makes a change
 * tracking-breaking follows the runtime: saved module progress is keyed on the list of module ids
 * in delivery order, an attempt in progress on the assessment's id, draw, pool item ids and
 * blueprint, and objective records on objective ids (see {@code PackageData.modulesKey} and {@code
 * assessmentKey}).
 */
public final class SnapshotComparison {

  /** Below this share of common words a statement under the same id is a different statement. */
  static final double SAME_MEANING = 0.5;

  private static final String MODULE_PROGRESS =
      "saved module progress no longer matches: learners who started see every module as unread";
  private static final String ATTEMPT_RESTARTS =
      "an assessment attempt in progress is discarded and restarts; finished attempts stay";
  private static final String OBJECTIVE_RECORDS =
      "objective records kept in the LMS under this id would now describe another statement";

  private final ReleaseSnapshot before;
  private final ReleaseSnapshot after;
  private final List<CourseChange> changes = new ArrayList<>();
  private final List<RecycledId> recycled = new ArrayList<>();

  private SnapshotComparison(ReleaseSnapshot before, ReleaseSnapshot after) {
    this.before = before;
    this.after = after;
  }

  /** What changed from {@code before} to {@code after}. */
  public static ReleaseDifference compare(ReleaseSnapshot before, ReleaseSnapshot after) {
    SnapshotComparison comparison = new SnapshotComparison(before, after);
    comparison.program();
    comparison.kindsOfIds();
    comparison.outcomes();
    comparison.modules();
    comparison.objectives();
    comparison.items();
    comparison.assessments();
    comparison.completion();
    return new ReleaseDifference(before, after, comparison.changes, comparison.recycled);
  }

  private void program() {
    String id = after.programId();
    if (!Objects.equals(before.programId(), after.programId())) {
      add(
          ChangeClass.TRACKING_BREAKING,
          "program",
          id,
          "changed",
          "program id (" + before.programId() + " → " + after.programId() + ")",
          "every LMS treats a new program id as a new course: no learner record carries over");
    }
    if (!Objects.equals(before.title(), after.title())) {
      add(
          ChangeClass.EDITORIAL,
          "program",
          id,
          "reworded",
          "program title (" + before.title() + " → " + after.title() + ")",
          "");
    }
    if (!Objects.equals(before.deliveryMode(), after.deliveryMode())) {
      add(
          ChangeClass.CONTENT,
          "program",
          id,
          "changed",
          "delivery mode ("
              + none(before.deliveryMode())
              + " → "
              + none(after.deliveryMode())
              + ")",
          "");
    }
  }

  /** An id that named one kind of thing and now names another is recycled. */
  private void kindsOfIds() {
    Map<String, String> old = kinds(before);
    Map<String, String> now = kinds(after);
    for (Map.Entry<String, String> entry : now.entrySet()) {
      String was = old.get(entry.getKey());
      if (was != null && !was.equals(entry.getValue())) {
        recycled.add(
            new RecycledId(
                entry.getValue(),
                entry.getKey(),
                "the previous release used `" + entry.getKey() + "` for " + article(was)));
      }
    }
  }

  private void outcomes() {
    statements("outcome", before.outcomes(), after.outcomes(), ChangeClass.CONTENT);
  }

  private void modules() {
    Map<String, ModuleEntry> old = byId(before.modules(), ModuleEntry::id);
    Map<String, ModuleEntry> now = byId(after.modules(), ModuleEntry::id);
    for (ModuleEntry module : after.modules()) {
      ModuleEntry was = old.get(module.id());
      if (was == null) {
        add(
            ChangeClass.TRACKING_BREAKING,
            "module",
            module.id(),
            "added",
            "module `" + module.id() + "` (" + module.title() + ") added",
            MODULE_PROGRESS);
        continue;
      }
      if (!Objects.equals(was.title(), module.title())) {
        add(
            ChangeClass.EDITORIAL,
            "module",
            module.id(),
            "reworded",
            "module `" + module.id() + "` title (" + was.title() + " → " + module.title() + ")",
            "");
      }
      if (!Objects.equals(was.contentHash(), module.contentHash())) {
        add(
            ChangeClass.EDITORIAL,
            "module",
            module.id(),
            "text",
            "module `" + module.id() + "` page text",
            "");
      }
      Set<String> common = new TreeSet<>(was.objectives());
      common.retainAll(module.objectives());
      if (!was.objectives().isEmpty()
          && common.isEmpty()
          && !Objects.equals(was.title(), module.title())) {
        recycled.add(
            new RecycledId(
                "module",
                module.id(),
                "it has a new title and none of the objectives it had ("
                    + String.join(", ", was.objectives())
                    + ")"));
      }
    }
    for (ModuleEntry module : before.modules()) {
      if (!now.containsKey(module.id())) {
        add(
            ChangeClass.TRACKING_BREAKING,
            "module",
            module.id(),
            "removed",
            "module `" + module.id() + "` (" + module.title() + ") removed",
            MODULE_PROGRESS);
      }
    }
    List<String> oldOrder = before.modules().stream().map(ModuleEntry::id).toList();
    List<String> newOrder = after.modules().stream().map(ModuleEntry::id).toList();
    List<String> kept = newOrder.stream().filter(old::containsKey).toList();
    List<String> wasKept = oldOrder.stream().filter(now::containsKey).toList();
    if (!kept.equals(wasKept)) {
      add(
          ChangeClass.TRACKING_BREAKING,
          "module",
          after.programId(),
          "reordered",
          "module order (" + String.join(", ", wasKept) + " → " + String.join(", ", kept) + ")",
          MODULE_PROGRESS);
    }
  }

  private void objectives() {
    statements("objective", before.objectives(), after.objectives(), ChangeClass.TRACKING_BREAKING);
    Map<String, Statement> old = byId(before.objectives(), Statement::id);
    for (Statement objective : after.objectives()) {
      Statement was = old.get(objective.id());
      if (was != null && !Objects.equals(was.module(), objective.module())) {
        add(
            ChangeClass.CONTENT,
            "objective",
            objective.id(),
            "moved",
            "objective `"
                + objective.id()
                + "` moved from module `"
                + was.module()
                + "` to `"
                + objective.module()
                + "`",
            "");
      }
    }
  }

  /** Outcomes or objectives: added, removed, reworded, a new Bloom level, or reused. */
  private void statements(
      String noun, List<Statement> old, List<Statement> now, ChangeClass meaningChange) {
    Map<String, Statement> was = byId(old, Statement::id);
    Map<String, Statement> is = byId(now, Statement::id);
    String impact = meaningChange == ChangeClass.TRACKING_BREAKING ? OBJECTIVE_RECORDS : "";
    for (Statement statement : now) {
      String name = noun + " `" + statement.id() + "`";
      Statement previous = was.get(statement.id());
      if (previous == null) {
        add(ChangeClass.CONTENT, noun, statement.id(), "added", name + " added", "");
        continue;
      }
      if (!Objects.equals(previous.text(), statement.text())) {
        WordDiff diff = WordDiff.of(previous.text(), statement.text());
        if (diff.similarity() < SAME_MEANING) {
          recycled.add(
              new RecycledId(
                  noun,
                  statement.id(),
                  "its text keeps only "
                      + Math.round(diff.similarity() * 100)
                      + " % of the released words (\""
                      + previous.text()
                      + "\")"));
        }
        changes.add(
            new CourseChange(
                meaningChange,
                noun,
                statement.id(),
                "reworded",
                name + " reworded",
                impact,
                previous.text(),
                statement.text()));
      }
      if (!Objects.equals(previous.bloomLevel(), statement.bloomLevel())) {
        add(
            meaningChange,
            noun,
            statement.id(),
            "level",
            name
                + " Bloom level ("
                + none(previous.bloomLevel())
                + " → "
                + none(statement.bloomLevel())
                + ")",
            impact);
      }
    }
    for (Statement statement : old) {
      if (!is.containsKey(statement.id())) {
        add(
            meaningChange,
            noun,
            statement.id(),
            "removed",
            noun + " `" + statement.id() + "` removed",
            impact);
      }
    }
  }

  private void items() {
    Map<String, ItemEntry> old = byId(before.items(), ItemEntry::id);
    Map<String, ItemEntry> now = byId(after.items(), ItemEntry::id);
    for (ItemEntry item : after.items()) {
      ItemEntry was = old.get(item.id());
      String name = item.use() + " item `" + item.id() + "`";
      if (was == null) {
        add(ChangeClass.CONTENT, "item", item.id(), "added", name + " added", "");
        continue;
      }
      if (!Objects.equals(was.type(), item.type())
          || !Objects.equals(was.use(), item.use())
          || (!was.objectives().isEmpty()
              && item.objectives().stream().noneMatch(was.objectives()::contains))) {
        recycled.add(
            new RecycledId(
                "item",
                item.id(),
                "it was a "
                    + was.use()
                    + " "
                    + was.type()
                    + " item for "
                    + String.join(", ", was.objectives())));
      }
      if (!Objects.equals(was.scoringHash(), item.scoringHash())) {
        add(
            ChangeClass.CONTENT,
            "item",
            item.id(),
            "changed",
            name + " key, points, type or objectives",
            "");
      } else if (!Objects.equals(was.wordingHash(), item.wordingHash())) {
        add(ChangeClass.EDITORIAL, "item", item.id(), "reworded", name + " wording", "");
      }
    }
    for (ItemEntry item : before.items()) {
      if (!now.containsKey(item.id())) {
        add(
            ChangeClass.TRACKING_BREAKING,
            "item",
            item.id(),
            "removed",
            item.use() + " item `" + item.id() + "` removed",
            "results and answers the LMS recorded for this item point to nothing");
      }
    }
  }

  private void assessments() {
    Map<String, AssessmentEntry> old = byId(before.assessments(), AssessmentEntry::id);
    Map<String, AssessmentEntry> now = byId(after.assessments(), AssessmentEntry::id);
    for (AssessmentEntry form : after.assessments()) {
      AssessmentEntry was = old.get(form.id());
      String name = "`" + form.id() + "`";
      if (was == null) {
        add(
            ChangeClass.TRACKING_BREAKING,
            "assessment",
            form.id(),
            "added",
            "assessment " + name + " added",
            ATTEMPT_RESTARTS);
        continue;
      }
      Set<String> added = new TreeSet<>(form.poolItems());
      added.removeAll(was.poolItems());
      Set<String> removed = new TreeSet<>(was.poolItems());
      removed.removeAll(form.poolItems());
      if (!added.isEmpty() || !removed.isEmpty() || !Objects.equals(was.draw(), form.draw())) {
        add(
            ChangeClass.TRACKING_BREAKING,
            "assessment",
            form.id(),
            "pool",
            "item pool of " + name + poolChange(added, removed, was.draw(), form.draw()),
            ATTEMPT_RESTARTS);
      }
      if (!was.blueprint().equals(form.blueprint())) {
        add(
            ChangeClass.TRACKING_BREAKING,
            "assessment",
            form.id(),
            "blueprint",
            "blueprint of " + name,
            ATTEMPT_RESTARTS);
      }
      if (!Objects.equals(was.deliveryMode(), form.deliveryMode())) {
        add(
            ChangeClass.CONTENT,
            "assessment",
            form.id(),
            "changed",
            "delivery of " + name + " (" + was.deliveryMode() + " → " + form.deliveryMode() + ")",
            "");
      }
    }
    for (AssessmentEntry form : before.assessments()) {
      if (!now.containsKey(form.id())) {
        add(
            ChangeClass.TRACKING_BREAKING,
            "assessment",
            form.id(),
            "removed",
            "assessment `" + form.id() + "` removed",
            ATTEMPT_RESTARTS);
      }
    }
  }

  private static String poolChange(
      Set<String> added, Set<String> removed, Integer oldDraw, Integer newDraw) {
    List<String> parts = new ArrayList<>();
    if (!added.isEmpty()) {
      parts.add("added " + String.join(", ", added));
    }
    if (!removed.isEmpty()) {
      parts.add("removed " + String.join(", ", removed));
    }
    if (!Objects.equals(oldDraw, newDraw)) {
      parts.add("draw " + none(oldDraw) + " → " + none(newDraw));
    }
    return " (" + String.join("; ", parts) + ")";
  }

  private void completion() {
    Completion was = before.completion();
    Completion now = after.completion();
    String id = after.programId();
    String judged = "learners who already passed or failed were judged by another standard";
    compare("passing standard score", was.score(), now.score(), id, judged);
    compare("passing standard scale", was.scale(), now.scale(), id, judged);
    compare("passing rule", was.rule(), now.rule(), id, judged);
    compare(
        "per-outcome minimums",
        String.join(", ", was.perOutcomeMinimum()),
        String.join(", ", now.perOutcomeMinimum()),
        id,
        judged);
    compare(
        "completion requirements",
        String.join(", ", was.requires()),
        String.join(", ", now.requires()),
        id,
        "learners who completed under the old requirements and those who did not are mixed");
    String attempts = "learners mid-way through their attempts get other retake rules";
    compare("attempts allowed", was.attemptsMax(), now.attemptsMax(), id, attempts);
    compare("wait between attempts (days)", was.waitDays(), now.waitDays(), id, attempts);
  }

  private void compare(String what, Object was, Object now, String id, String impact) {
    if (!Objects.equals(was, now)) {
      add(
          ChangeClass.TRACKING_BREAKING,
          "completion",
          id,
          "changed",
          what + " (" + none(was) + " → " + none(now) + ")",
          impact);
    }
  }

  private void add(
      ChangeClass changeClass,
      String subject,
      String id,
      String kind,
      String description,
      String impact) {
    changes.add(new CourseChange(changeClass, subject, id, kind, description, impact, null, null));
  }

  /** Every id of a snapshot and what it names; the first kind wins for an id used twice. */
  private static Map<String, String> kinds(ReleaseSnapshot snapshot) {
    Map<String, String> kinds = new TreeMap<>();
    snapshot.outcomes().forEach(o -> put(kinds, o.id(), "outcome"));
    snapshot.modules().forEach(m -> put(kinds, m.id(), "module"));
    snapshot.objectives().forEach(o -> put(kinds, o.id(), "objective"));
    snapshot.items().forEach(i -> put(kinds, i.id(), "item"));
    snapshot.assessments().forEach(a -> put(kinds, a.id(), "assessment"));
    return kinds;
  }

  private static void put(Map<String, String> kinds, String id, String kind) {
    if (id != null) {
      kinds.putIfAbsent(id, kind);
    }
  }

  private static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  private static <T> Map<String, T> byId(List<T> list, Function<T, String> id) {
    Map<String, T> map = new LinkedHashMap<>();
    list.forEach(entry -> map.putIfAbsent(id.apply(entry), entry));
    return map;
  }

  private static String none(Object value) {
    return value == null || value.toString().isEmpty() ? "none" : value.toString();
  }
}
