package org.coursekit.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coursekit.diag.SourceRef;
import org.coursekit.model.BloomLevel;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Objective;
import org.coursekit.model.Outcome;
import org.coursekit.rules.language.Domain;
import org.coursekit.yaml.YamlMap;

/**
 * A module objective or a program outcome, as the wording rules LO-001 to LO-007 see it: PRG-002
 * sends outcome texts through the same checks, reported at the outcome's position.
 *
 * @param outcome true for a program outcome (program.yml), false for a module objective
 */
record ObjectiveStatement(
    String id,
    boolean outcome,
    String text,
    String bloomLevel,
    String domain,
    String condition,
    String criterion,
    YamlMap source) {

  /** Every module objective (modules in file order), then every program outcome. */
  static List<ObjectiveStatement> of(Course course) {
    List<ObjectiveStatement> statements = new ArrayList<>();
    for (CourseModule module : course.modules()) {
      for (Objective o : module.objectives()) {
        statements.add(
            new ObjectiveStatement(
                o.id(),
                false,
                o.text(),
                o.bloomLevel(),
                o.domain(),
                o.condition(),
                o.criterion(),
                o.source()));
      }
    }
    if (course.program() != null) {
      for (Outcome o : course.program().outcomes()) {
        statements.add(
            new ObjectiveStatement(
                o.id(),
                true,
                o.text(),
                o.bloomLevel(),
                o.domain(),
                o.condition(),
                o.criterion(),
                o.source()));
      }
    }
    return List.copyOf(statements);
  }

  /** Those of {@link #of} that have a text: what the wording rules read. */
  static List<ObjectiveStatement> written(Course course) {
    return of(course).stream().filter(ObjectiveStatement::hasText).toList();
  }

  /** "objective `LO-M01-1`" or "outcome `PO-1`", for the middle of a message. */
  String name() {
    return (outcome ? "outcome `" : "objective `") + id + "`";
  }

  /** "Objective `LO-M01-1`" or "Outcome `PO-1`", to start a message. */
  String label() {
    return VerbAdvice.capitalised(name());
  }

  boolean hasText() {
    return text != null && !text.isBlank();
  }

  SourceRef textAt() {
    return source.positionOf("text");
  }

  SourceRef bloomLevelAt() {
    return source.positionOf("bloom_level");
  }

  /** The declared Bloom level, if it is one. */
  Optional<BloomLevel> level() {
    return BloomLevel.parse(bloomLevel);
  }

  /** The declared domain; cognitive when absent or not a domain (LO-001 reports the latter). */
  Domain domainOrCognitive() {
    return Domain.parse(domain).orElse(Domain.COGNITIVE);
  }
}
