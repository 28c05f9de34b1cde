package org.coursekit.rules;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.coursekit.model.Assessment;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Item;
import org.coursekit.model.Objective;
import org.coursekit.model.Outcome;
import org.coursekit.model.Person;
import org.coursekit.model.Ref;
import org.coursekit.rules.language.ObjectiveText;
import org.coursekit.rules.language.VerbCatalog;

/**
 * Lookups many rules and reports need: objectives with their module, people by id, the items of an
 * assessment's pool, the summative items that measure an objective, the analysis of an objective's
 * wording. Built once per course; immutable but for that memo of analyses, which is thread-safe;
 * lists keep source order.
 */
public final class CourseIndex {

  /** A module objective together with the module that declares it. */
  public record PlacedObjective(CourseModule module, Objective objective) {}

  private final Course course;
  private final Map<String, PlacedObjective> objectives = new LinkedHashMap<>();
  private final Map<String, Outcome> outcomes = new LinkedHashMap<>();
  private final Map<String, Person> people = new LinkedHashMap<>();
  private final Map<String, List<Item>> pools = new LinkedHashMap<>();
  // Built once: rules ask per objective and per form, so per-call scans over all items would make
  // a large course quadratic.
  private final List<Item> summative;
  private final List<Path> summativePaths;
  private final Map<String, List<Item>> summativeByObjective = new HashMap<>();
  // Several wording rules analyse every objective the same way; rules may run in parallel.
  private final Map<Analysis, ObjectiveText> analyses = new ConcurrentHashMap<>();

  private record Analysis(String text, VerbCatalog catalog) {}

  private CourseIndex(Course course) {
    this.course = course;
    this.summative = course.items().stream().filter(Item::summative).toList();
    this.summativePaths = summative.stream().map(item -> Path.of(item.file())).toList();
    for (Item item : summative) {
      item.objectives().stream()
          .map(Ref::id)
          .distinct()
          .forEach(
              id -> summativeByObjective.computeIfAbsent(id, k -> new ArrayList<>()).add(item));
    }
    for (CourseModule module : course.modules()) {
      for (Objective objective : module.objectives()) {
        objectives.putIfAbsent(objective.id(), new PlacedObjective(module, objective));
      }
    }
    if (course.program() != null) {
      course.program().outcomes().forEach(o -> outcomes.putIfAbsent(o.id(), o));
    }
    course.people().forEach(p -> people.putIfAbsent(p.id(), p));
    for (Assessment assessment : course.assessments()) {
      pools.put(assessment.id(), poolOf(assessment));
    }
  }

  public static CourseIndex of(Course course) {
    return new CourseIndex(course);
  }

  public Course course() {
    return course;
  }

  /** Every module objective, in module file order then source order. */
  public List<PlacedObjective> objectives() {
    return List.copyOf(objectives.values());
  }

  public Optional<PlacedObjective> objective(String id) {
    return Optional.ofNullable(objectives.get(id));
  }

  public Optional<Outcome> outcome(String id) {
    return Optional.ofNullable(outcomes.get(id));
  }

  public Optional<Person> person(String id) {
    return Optional.ofNullable(people.get(id));
  }

  /** The people {@code refs} name that are on the roster, in order. */
  public List<Person> people(List<Ref> refs) {
    return refs.stream().map(r -> people.get(r.id())).filter(p -> p != null).toList();
  }

  /** Summative items in the course (under items/secure/ or {@code use: summative}). */
  public List<Item> summativeItems() {
    return summative;
  }

  /**
   * The summative items an assessment's pool includes: its {@code pool.include} globs (relative to
   * the course folder, {@code **} crossing folders) matched against item files. Without a pool,
   * every summative item.
   */
  public List<Item> pool(Assessment assessment) {
    return pools.getOrDefault(assessment.id(), List.of());
  }

  /** The summative items, across all forms' pools, that name {@code objectiveOrOutcomeId}. */
  public List<Item> summativeItemsFor(String objectiveOrOutcomeId) {
    return List.copyOf(summativeByObjective.getOrDefault(objectiveOrOutcomeId, List.of()));
  }

  /**
   * {@link ObjectiveText#analyse} of {@code text} with {@code catalog}, analysed once per course
   * and catalog however many rules ask.
   */
  public ObjectiveText objectiveText(String text, VerbCatalog catalog) {
    return analyses.computeIfAbsent(
        new Analysis(text == null ? "" : text, catalog),
        key -> ObjectiveText.analyse(key.text(), key.catalog()));
  }

  private List<Item> poolOf(Assessment assessment) {
    if (assessment.pool() == null || assessment.pool().include().isEmpty()) {
      return summative;
    }
    List<PathMatcher> matchers =
        assessment.pool().include().stream()
            .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
            .toList();
    // A path can only match a glob that starts with the glob's literal prefix: checking that first
    // spares most glob matches (forms times items) in a large course.
    List<String> prefixes =
        assessment.pool().include().stream().map(CourseIndex::literalPrefix).toList();
    List<Item> pool = new ArrayList<>();
    for (int i = 0; i < summative.size(); i++) {
      Path path = summativePaths.get(i);
      String text = path.toString();
      for (int g = 0; g < matchers.size(); g++) {
        if (text.startsWith(prefixes.get(g)) && matchers.get(g).matches(path)) {
          pool.add(summative.get(i));
          break;
        }
      }
    }
    return List.copyOf(pool);
  }

  /** The part of a glob before its first special character ({@code * ? [ { \}). */
  private static String literalPrefix(String glob) {
    for (int i = 0; i < glob.length(); i++) {
      if ("*?[{\\".indexOf(glob.charAt(i)) >= 0) {
        return glob.substring(0, i);
      }
    }
    return glob;
  }
}
