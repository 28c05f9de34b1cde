package org.coursekit.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in a course: which rule, how grave, where, and a message that tells the author what
 * to change.
 */
public record Finding(String rule, Severity severity, SourceRef at, String message)
    implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::at)
          .thenComparing(Finding::rule)
          .thenComparing(Finding::severity)
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(message, "message");
  }

  public static Finding error(String rule, SourceRef at, String message) {
    return new Finding(rule, Severity.ERROR, at, message);
  }

  public static Finding warning(String rule, SourceRef at, String message) {
    return new Finding(rule, Severity.WARNING, at, message);
  }

  public static Finding info(String rule, SourceRef at, String message) {
    return new Finding(rule, Severity.INFO, at, message);
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, newSeverity, at, message);
  }

  /** The one-line form every adapter prints: {@code path:line:col: severity [RULE-ID] message}. */
  public String format() {
    return at + ": " + severity.label() + " [" + rule + "] " + message;
  }

  /** Sorted by file, line, column, then rule: the order of every printed list and report. */
  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }
}
