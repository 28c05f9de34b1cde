package org.coursekit.report;

import java.util.ArrayList;
import java.util.List;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;

/**
 * The printed findings report: one {@code path:line:col: severity [RULE-ID] message} line per
 * finding, in position order, and a summary such as {@code 2 errors, 1 warning, 0 infos}.
 */
public final class FindingsText {

  private FindingsText() {}

  /** One line per finding, sorted by position. */
  public static List<String> lines(List<Finding> findings) {
    return findings.stream().sorted().map(Finding::format).toList();
  }

  /** The counts per severity, worst first, e.g. {@code 1 error, 0 warnings, 2 infos}. */
  public static String summary(List<Finding> findings) {
    List<String> counts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      long count = findings.stream().filter(f -> f.severity() == severity).count();
      counts.add(count + " " + severity.label() + (count == 1 ? "" : "s"));
    }
    return String.join(", ", counts);
  }

  /** The whole report: the finding lines, then the summary, each ending with a line feed. */
  public static String format(List<Finding> findings) {
    StringBuilder text = new StringBuilder();
    for (String line : lines(findings)) {
      text.append(line).append('\n');
    }
    return text.append(summary(findings)).append('\n').toString();
  }
}
