package org.coursekit.baseline;

import java.util.Comparator;
import java.util.Objects;
import org.coursekit.diag.Finding;

/**
 * What identifies a finding from one build to the next: its rule, file and message. Line and column
 * are left out because they shift whenever text above the finding is edited.
 */
public record Fingerprint(String rule, String file, String message)
    implements Comparable<Fingerprint> {

  private static final Comparator<Fingerprint> ORDER =
      Comparator.comparing(Fingerprint::file)
          .thenComparing(Fingerprint::rule)
          .thenComparing(Fingerprint::message);

  public Fingerprint {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  public static Fingerprint of(Finding finding) {
    return new Fingerprint(finding.rule(), finding.at().file(), finding.message());
  }

  /** Sorted by file, rule, then message: the order of the baseline file. */
  @Override
  public int compareTo(Fingerprint other) {
    return ORDER.compare(this, other);
  }
}
