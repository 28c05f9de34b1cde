package org.coursekit.diag;

import java.util.Locale;

/** How bad a finding is. Declared from worst to mildest, so {@code compareTo} orders by gravity. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case word used in printed findings and reports: {@code error|warning|info}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at least as grave as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }
}
