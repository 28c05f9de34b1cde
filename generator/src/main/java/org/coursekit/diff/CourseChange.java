package org.coursekit.diff;

import java.util.Objects;

/**
 * One difference between the previous release and the course now.
 *
 * @param subject what changed: {@code program}, {@code outcome}, {@code module}, {@code objective},
 *     {@code item}, {@code assessment} or {@code completion}
 * @param id the id of what changed (the program id for program-wide values)
 * @param kind {@code added}, {@code removed}, {@code reworded}, {@code changed} …, for grouping
 * @param description a sentence fragment for people, e.g. "objective `LO-M01-1` Bloom level (apply
 *     → analyze)"
 * @param impact what it means for learners already in the LMS; empty when nothing
 * @param before the old text of a reworded statement, else null
 * @param after the new text of a reworded statement, else null
 */
public record CourseChange(
    ChangeClass changeClass,
    String subject,
    String id,
    String kind,
    String description,
    String impact,
    String before,
    String after) {

  public CourseChange {
    Objects.requireNonNull(changeClass, "changeClass");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    impact = Objects.requireNonNullElse(impact, "");
  }
}
