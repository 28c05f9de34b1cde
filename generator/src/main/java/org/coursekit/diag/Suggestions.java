package org.coursekit.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean" help for misspelt ids, keys and words: the nearest known value, if one is close
 * enough to be a likely typo.
 */
public final class Suggestions {

  private static final int MIN_ABBREVIATION = 3;

  private Suggestions() {}

  /**
   * The candidate closest to {@code wrong}, compared without regard to case: one at most about a
   * third of {@code wrong}'s length (and at least one edit) away, or else, for an abbreviation of
   * three or more letters, the shortest candidate that starts with it ({@code warn} for {@code
   * warning}). Ties go to the alphabetically first candidate, so the answer never depends on the
   * order of {@code candidates}.
   */
  public static Optional<String> closest(String wrong, Collection<String> candidates) {
    if (wrong.isEmpty()) {
      return Optional.empty();
    }
    String lowerWrong = wrong.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, Math.round(wrong.length() / 3f));
    // The thresholded variant stops early and returns -1 for anything further than the limit.
    LevenshteinDistance distance = new LevenshteinDistance(limit);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance.apply(lowerWrong, candidate.toLowerCase(Locale.ROOT));
      if (d >= 0 && (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0))) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best != null || wrong.length() < MIN_ABBREVIATION) {
      return Optional.ofNullable(best);
    }
    return candidates.stream()
        .filter(c -> c.toLowerCase(Locale.ROOT).startsWith(lowerWrong))
        .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
  }

  /**
   * The sentence {@code Did you mean `x`?} for the closest candidate, or an empty string when none
   * is close, so every message phrases the hint the same way.
   */
  public static String didYouMean(String wrong, Collection<String> candidates) {
    return closest(wrong, candidates).map(c -> "Did you mean `" + c + "`?").orElse("");
  }
}
