package org.coursekit.rules.builtin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coursekit.model.Assessment;
import org.coursekit.model.Course;
import org.coursekit.model.Item;
import org.coursekit.model.Ref;
import org.coursekit.rules.CourseIndex;

/**
 * Which items refer to each objective, built once per check: the summative items that a summative
 * assessment draws (through its {@code objectives} or a rubric criterion's {@code objective}), and,
 * for messages, the other items that refer to it.
 */
final class SummativeEvidence {

  private final Map<String, List<Item>> assessed;
  private final Map<String, List<Item>> notAssessed;

  private SummativeEvidence(Map<String, List<Item>> assessed, Map<String, List<Item>> other) {
    this.assessed = assessed;
    this.notAssessed = other;
  }

  /**
   * The evidence in {@code course}: items of every summative assessment's pool; without any
   * assessment file, every summative item (PRG-004 reports the missing assessment).
   */
  static SummativeEvidence of(Course course, CourseIndex index) {
    // Identity, not record equality: the same loaded item, and no deep hashing of its YAML.
    Set<Item> drawn = Collections.newSetFromMap(new IdentityHashMap<>());
    if (course.assessments().isEmpty()) {
      drawn.addAll(index.summativeItems());
    }
    for (Assessment assessment : course.assessments()) {
      if (!"formative".equals(assessment.use())) {
        drawn.addAll(index.pool(assessment));
      }
    }
    Map<String, List<Item>> assessed = new HashMap<>();
    Map<String, List<Item>> other = new HashMap<>();
    for (Item item : course.items()) {
      Map<String, List<Item>> target = drawn.contains(item) ? assessed : other;
      for (String objective : objectivesOf(item)) {
        target.computeIfAbsent(objective, id -> new ArrayList<>()).add(item);
      }
    }
    return new SummativeEvidence(assessed, other);
  }

  /** The summative items on an assessment that measure {@code objectiveId}, in course order. */
  List<Item> assessing(String objectiveId) {
    return assessed.getOrDefault(objectiveId, List.of());
  }

  /** Items that refer to {@code objectiveId} but are on no summative assessment. */
  List<Item> notAssessing(String objectiveId) {
    return notAssessed.getOrDefault(objectiveId, List.of());
  }

  /** The objectives an item names, in its list and in its rubric criteria, once each. */
  private static Set<String> objectivesOf(Item item) {
    Set<String> ids = new LinkedHashSet<>();
    item.objectives().stream().map(Ref::id).forEach(ids::add);
    item.rubric().stream()
        .map(Item.RubricCriterion::objective)
        .filter(ref -> ref != null)
        .map(Ref::id)
        .forEach(ids::add);
    return ids;
  }
}
