package org.coursekit.diff;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coursekit.baseline.Fingerprint;
import org.coursekit.diag.Finding;

/**
 * Findings that appeared and findings that were fixed between two builds, matched by their {@link
 * Fingerprint} (rule, file, message), as the baseline matches them: moving text does not count.
 *
 * @param added findings of the new build that the previous one did not have, sorted
 * @param fixed findings of the previous build that the new one no longer has, sorted
 */
public record FindingChanges(List<Finding> added, List<Finding> fixed) {

  public FindingChanges {
    added = added.stream().sorted().toList();
    fixed = fixed.stream().sorted().toList();
  }

  /** The findings that differ between {@code before} and {@code after}. */
  public static FindingChanges between(List<Finding> before, List<Finding> after) {
    Set<Fingerprint> old = before.stream().map(Fingerprint::of).collect(Collectors.toSet());
    Set<Fingerprint> now = after.stream().map(Fingerprint::of).collect(Collectors.toSet());
    return new FindingChanges(
        after.stream().filter(f -> !old.contains(Fingerprint.of(f))).distinct().toList(),
        before.stream().filter(f -> !now.contains(Fingerprint.of(f))).distinct().toList());
  }
}
