package org.coursekit.baseline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.coursekit.diag.Finding;

/**
 * Findings a course has accepted for now: how many times each {@link Fingerprint} occurred when the
 * baseline was recorded. Immutable.
 */
public final class Baseline {

  /** A baseline that records nothing. */
  public static final Baseline EMPTY = new Baseline(new TreeMap<>());

  private final SortedMap<Fingerprint, Integer> counts;

  private Baseline(SortedMap<Fingerprint, Integer> counts) {
    this.counts = Collections.unmodifiableSortedMap(counts);
  }

  /** The baseline that records exactly {@code findings}. */
  public static Baseline of(List<Finding> findings) {
    SortedMap<Fingerprint, Integer> counts = new TreeMap<>();
    findings.forEach(f -> counts.merge(Fingerprint.of(f), 1, Integer::sum));
    return new Baseline(counts);
  }

  /**
   * A baseline of the given counts.
   *
   * @throws IllegalArgumentException if a count is below 1
   */
  public static Baseline ofCounts(Map<Fingerprint, Integer> counts) {
    counts.forEach(
        (fingerprint, count) -> {
          if (count < 1) {
            throw new IllegalArgumentException("count below 1 for " + fingerprint);
          }
        });
    return new Baseline(new TreeMap<>(counts));
  }

  /** How often each fingerprint occurred, sorted by file, rule and message. */
  public SortedMap<Fingerprint, Integer> counts() {
    return counts;
  }

  /** The number of findings recorded (each occurrence counts). */
  public int size() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Splits {@code findings} into those the baseline records and those it does not. A fingerprint
   * recorded twice excuses two findings at most, so a problem repeated after the baseline was
   * recorded still counts. Findings are matched in position order, so the split is stable.
   */
  public Match match(List<Finding> findings) {
    Map<Fingerprint, Integer> remaining = new TreeMap<>(counts);
    List<Finding> open = new ArrayList<>();
    List<Finding> baselined = new ArrayList<>();
    for (Finding finding : findings.stream().sorted().toList()) {
      Fingerprint fingerprint = Fingerprint.of(finding);
      int left = remaining.getOrDefault(fingerprint, 0);
      if (left > 0) {
        remaining.put(fingerprint, left - 1);
        baselined.add(finding);
      } else {
        open.add(finding);
      }
    }
    remaining.values().removeIf(left -> left == 0);
    return new Match(open, baselined, remaining);
  }

  /**
   * The result of {@link #match}.
   *
   * @param open findings the baseline does not record: they count as usual
   * @param baselined findings the baseline records: reported, but they do not fail the build
   * @param unmatched recorded occurrences no current finding matched (fixed since, or reworded)
   */
  public record Match(
      List<Finding> open, List<Finding> baselined, Map<Fingerprint, Integer> unmatched) {
    public Match {
      open = List.copyOf(open);
      baselined = List.copyOf(baselined);
      unmatched = Collections.unmodifiableSortedMap(new TreeMap<>(unmatched));
    }

    /** The number of recorded occurrences that no longer match. */
    public int unmatchedCount() {
      return unmatched.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Baseline that && counts.equals(that.counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  @Override
  public String toString() {
    return "Baseline" + counts;
  }
}
