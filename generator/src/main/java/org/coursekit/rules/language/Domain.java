package org.coursekit.rules.language;

import java.util.Locale;
import java.util.Optional;

/**
 * The domain of an objective (course-format.md section 10): cognitive by default; psychomotor and
 * affective objectives are checked against their own verb lists.
 */
public enum Domain {
  COGNITIVE,
  PSYCHOMOTOR,
  AFFECTIVE;

  /** The word used in course files: {@code cognitive}, {@code psychomotor}, {@code affective}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The domain named by {@code word} (case-insensitive), if any. */
  public static Optional<Domain> parse(String word) {
    if (word == null) {
      return Optional.empty();
    }
    String normalised = word.strip().toLowerCase(Locale.ROOT);
    for (Domain domain : values()) {
      if (domain.word().equals(normalised)) {
        return Optional.of(domain);
      }
    }
    return Optional.empty();
  }
}
