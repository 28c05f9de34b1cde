package org.coursekit.model;

import java.util.Locale;
import java.util.Optional;

/** Anderson and Krathwohl's six cognitive levels, from lowest to highest. */
public enum BloomLevel {
  REMEMBER,
  UNDERSTAND,
  APPLY,
  ANALYZE,
  EVALUATE,
  CREATE;

  /** The word used in course files: {@code remember} … {@code create}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The level named by {@code word} (case-insensitive; British "analyse" accepted), if any. */
  public static Optional<BloomLevel> parse(String word) {
    if (word == null) {
      return Optional.empty();
    }
    String normalised = word.strip().toLowerCase(Locale.ROOT).replace("analyse", "analyze");
    for (BloomLevel level : values()) {
      if (level.word().equals(normalised)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  public boolean atLeast(BloomLevel other) {
    return compareTo(other) >= 0;
  }
}
