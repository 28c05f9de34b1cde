package org.coursekit.rules.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.coursekit.model.Assessment;
import org.coursekit.model.BloomLevel;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Item;
import org.coursekit.model.Outcome;
import org.coursekit.model.Ref;
import org.coursekit.rules.CourseIndex;
import org.coursekit.rules.CourseIndex.PlacedObjective;
import org.coursekit.yaml.YamlList;
import org.coursekit.yaml.YamlMap;
import org.coursekit.yaml.YamlNode;
import org.coursekit.yaml.YamlScalar;

/**
 * What changed since the last release in the parts ANAB counts as substantive: outcome and
 * objective texts and Bloom levels, the modules taught, the item pool, blueprints, the passing
 * standard and the delivery mode. Review records, authors and the version itself are not content.
 */
final class ReleaseChanges {

  /**
   * One change. {@code wording} is true when only wording changed (a text, an item's stem or
   * rationale), which the author may classify as an editorial fix of typos.
   */
  record Change(String description, boolean wording) {}

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Passing-standard values that change who passes; a new panel or report does not. */
  private static final List<String> STANDARD_KEYS =
      List.of("score", "scale", "rule", "per_outcome_minimum");

  /** Item keys that record who did what, not what is assessed. */
  private static final Set<String> ITEM_RECORDS =
      Set.of("review", "authors", "ai_assisted", "stats");

  /** Item keys whose change is wording only. */
  private static final Set<String> ITEM_WORDING = Set.of("stem", "rationale", "feedback", "source");

  /** Keys of option and rubric entries whose change is wording only. */
  private static final Set<String> ENTRY_WORDING = Set.of("text", "feedback", "criterion");

  private static final Set<String> ITEM_LISTS = Set.of("options", "rubric");

  private final Course course;
  private final CourseIndex index;
  private final YamlMap released;
  private final ReleasedFiles files;
  private final Set<String> unreadable;
  private final List<Change> changes = new ArrayList<>();

  private ReleaseChanges(Course course, CourseIndex index, YamlMap released, ReleasedFiles files) {
    this.course = course;
    this.index = index;
    this.released = released;
    this.files = files;
    this.unreadable = Set.copyOf(course.unreadableFiles());
  }

  /** The changes from the released program.yml {@code released} (and other files) to now. */
  static List<Change> between(
      Course course, CourseIndex index, YamlMap released, ReleasedFiles files) {
    ReleaseChanges diff = new ReleaseChanges(course, index, released, files);
    diff.program();
    diff.objectives();
    diff.assessments();
    diff.items();
    return List.copyOf(diff.changes);
  }

  private void program() {
    YamlMap now = course.program().source();
    Map<String, YamlMap> outcomes = new LinkedHashMap<>();
    for (Outcome outcome : course.program().outcomes()) {
      outcomes.putIfAbsent(outcome.id(), outcome.source());
    }
    statements("outcome", byId(YamlPaths.get(released, "outcomes").orElse(null)), outcomes);
    for (String key : STANDARD_KEYS) {
      String[] path = {"completion", "passing_standard", key};
      compareValue("passing standard `" + key + "`", released, now, path);
    }
    compareValue("delivery mode", released, now, "design_plan", "delivery_mode");
    Set<String> before = new TreeSet<>(texts(YamlPaths.get(released, "modules").orElse(null)));
    Set<String> after = new TreeSet<>();
    course.program().modules().stream().map(Ref::id).forEach(after::add);
    addedAndRemoved("module", before, after);
  }

  private void objectives() {
    Set<String> oldFiles = new TreeSet<>(files.files("modules", ".md"));
    course.modules().stream().map(CourseModule::file).forEach(oldFiles::add);
    texts(YamlPaths.get(released, "modules").orElse(null))
        .forEach(id -> oldFiles.add("modules/" + id + ".md"));
    Map<String, YamlMap> before = new LinkedHashMap<>();
    for (String file : oldFiles) {
      if (unreadable.contains(file)) {
        continue; // its objectives are missing now too; comparing would report false removals
      }
      files
          .frontMatter(file)
          .flatMap(front -> YamlPaths.get(front, "objectives"))
          .map(ReleaseChanges::byId)
          .ifPresent(found -> found.forEach(before::putIfAbsent));
    }
    Map<String, YamlMap> after = new LinkedHashMap<>();
    for (PlacedObjective placed : index.objectives()) {
      after.putIfAbsent(placed.objective().id(), placed.objective().source());
    }
    statements("objective", before, after);
  }

  private void assessments() {
    Set<String> current = new TreeSet<>();
    for (Assessment assessment : course.assessments()) {
      current.add(assessment.file());
      String name = "`" + assessment.id() + "`";
      YamlMap now = assessment.source();
      YamlMap before = files.yaml(assessment.file()).orElse(null);
      if (before == null) {
        changes.add(new Change("assessment " + name + " added", false));
        continue;
      }
      if (!sameRows(
          YamlPaths.get(before, "blueprint").orElse(null), now.get("blueprint").orElse(null))) {
        changes.add(new Change("blueprint of " + name, false));
      }
      if (!YamlValues.same(before.get("pool").orElse(null), now.get("pool").orElse(null))) {
        changes.add(new Change("item pool of " + name + " (`pool`)", false));
      }
      String oldMode =
          Objects.requireNonNullElse(YamlPaths.text(before, "delivery", "mode"), "online");
      String newMode =
          Objects.requireNonNullElse(YamlPaths.text(now, "delivery", "mode"), "online");
      if (!oldMode.equals(newMode)) {
        changes.add(
            new Change("delivery mode of " + name + " (" + oldMode + " → " + newMode + ")", false));
      }
    }
    removedFiles("assessment file", files.files("assessments", ".yml"), current);
  }

  private void items() {
    Map<String, Item> pool = new TreeMap<>();
    for (Assessment assessment : FormItems.summativeForms(course)) {
      index.pool(assessment).forEach(item -> pool.putIfAbsent(item.file(), item));
    }
    for (Item item : pool.values()) {
      YamlMap before = files.yaml(item.file()).orElse(null);
      String name = "item `" + item.id() + "`";
      if (before == null) {
        changes.add(new Change(name + " added to the pool", false));
        continue;
      }
      Boolean wordingOnly = itemDifference(before, item.source());
      if (wordingOnly != null) {
        changes.add(
            wordingOnly
                ? new Change(name + " wording (stem, options, rationale or source)", true)
                : new Change(name + " key, points, type or objectives", false));
      }
    }
    Set<String> current = new TreeSet<>();
    course.items().stream().map(Item::file).forEach(current::add);
    removedFiles("item file", files.files("items/secure", ".yml"), current);
  }

  /**
   * How an item changed: null when not at all (records such as its review aside), true when only in
   * wording, false when in what is assessed or how it is scored.
   */
  private static Boolean itemDifference(YamlMap before, YamlMap after) {
    Set<String> keys = new TreeSet<>(before.keys());
    keys.addAll(after.keys());
    Boolean result = null;
    for (String key : keys) {
      YamlNode a = before.get(key).orElse(null);
      YamlNode b = after.get(key).orElse(null);
      if (ITEM_RECORDS.contains(key) || YamlValues.same(a, b)) {
        continue;
      }
      if (ITEM_WORDING.contains(key) || (ITEM_LISTS.contains(key) && sameBesideWording(a, b))) {
        result = Boolean.TRUE;
      } else {
        return Boolean.FALSE;
      }
    }
    return result;
  }

  /** Two lists of option or rubric entries that differ at most in their wording. */
  private static boolean sameBesideWording(YamlNode a, YamlNode b) {
    if (!(a instanceof YamlList before)
        || !(b instanceof YamlList after)
        || before.items().size() != after.items().size()) {
      return false;
    }
    for (int i = 0; i < before.items().size(); i++) {
      if (!(before.items().get(i) instanceof YamlMap x)
          || !(after.items().get(i) instanceof YamlMap y)
          || !YamlValues.same(
              YamlValues.without(x, ENTRY_WORDING), YamlValues.without(y, ENTRY_WORDING))) {
        return false;
      }
    }
    return true;
  }

  /** Outcomes or objectives: added, removed, reworded or moved to another Bloom level. */
  private void statements(String noun, Map<String, YamlMap> before, Map<String, YamlMap> after) {
    for (Map.Entry<String, YamlMap> entry : after.entrySet()) {
      String name = noun + " `" + entry.getKey() + "`";
      YamlMap old = before.get(entry.getKey());
      if (old == null) {
        changes.add(new Change(name + " added", false));
        continue;
      }
      if (!normalised(YamlPaths.text(old, "text"))
          .equals(normalised(YamlPaths.text(entry.getValue(), "text")))) {
        changes.add(new Change(name + " text", true));
      }
      String oldLevel = level(YamlPaths.text(old, "bloom_level"));
      String newLevel = level(YamlPaths.text(entry.getValue(), "bloom_level"));
      if (!oldLevel.equals(newLevel)) {
        changes.add(new Change(name + " bloom_level (" + oldLevel + " → " + newLevel + ")", false));
      }
    }
    before.keySet().stream()
        .filter(id -> !after.containsKey(id))
        .forEach(id -> changes.add(new Change(noun + " `" + id + "` removed", false)));
  }

  private void compareValue(String what, YamlMap before, YamlMap after, String... path) {
    YamlNode a = YamlPaths.get(before, path).orElse(null);
    YamlNode b = YamlPaths.get(after, path).orElse(null);
    if (YamlValues.same(a, b)) {
      return;
    }
    String oldText = YamlPaths.text(before, path);
    String newText = YamlPaths.text(after, path);
    String shown =
        oldText != null || newText != null
            ? " ("
                + Objects.requireNonNullElse(oldText, "none")
                + " → "
                + Objects.requireNonNullElse(newText, "none")
                + ")"
            : "";
    changes.add(new Change(what + shown, false));
  }

  private void addedAndRemoved(String noun, Set<String> before, Set<String> after) {
    after.stream()
        .filter(id -> !before.contains(id))
        .forEach(id -> changes.add(new Change(noun + " `" + id + "` added", false)));
    before.stream()
        .filter(id -> !after.contains(id))
        .forEach(id -> changes.add(new Change(noun + " `" + id + "` removed", false)));
  }

  private void removedFiles(String noun, List<String> releasedFiles, Set<String> current) {
    releasedFiles.stream()
        .filter(file -> !current.contains(file) && !unreadable.contains(file))
        .forEach(file -> changes.add(new Change(noun + " " + file + " removed", false)));
  }

  /** Blueprint rows compared as a set: their order carries no meaning. */
  private static boolean sameRows(YamlNode a, YamlNode b) {
    return rows(a).equals(rows(b));
  }

  private static List<String> rows(YamlNode node) {
    if (!(node instanceof YamlList list)) {
      return List.of(YamlValues.canonical(node));
    }
    return list.items().stream().map(YamlValues::canonical).sorted().toList();
  }

  /** The mappings of a list by their {@code id}, first one winning. */
  private static Map<String, YamlMap> byId(YamlNode node) {
    Map<String, YamlMap> found = new LinkedHashMap<>();
    if (node instanceof YamlList list) {
      for (YamlNode item : list.items()) {
        if (item instanceof YamlMap map && YamlPaths.text(map, "id") != null) {
          found.putIfAbsent(YamlPaths.text(map, "id"), map);
        }
      }
    }
    return found;
  }

  /** The texts of a list of scalars, such as the program's {@code modules}. */
  private static List<String> texts(YamlNode node) {
    List<String> found = new ArrayList<>();
    if (node instanceof YamlList list) {
      for (YamlNode item : list.items()) {
        if (item instanceof YamlScalar scalar && !scalar.isNull()) {
          found.add(scalar.text());
        }
      }
    }
    return found;
  }

  /** A Bloom level as its canonical word, so {@code analyse} and {@code analyze} match. */
  private static String level(String text) {
    if (text == null) {
      return "none";
    }
    return BloomLevel.parse(text).map(BloomLevel::word).orElse(text.strip());
  }

  /** A text with its line breaks and runs of spaces as single spaces: reflowing is no change. */
  private static String normalised(String text) {
    return text == null ? "" : WHITESPACE.matcher(text.strip()).replaceAll(" ");
  }
}
