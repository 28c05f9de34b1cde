package org.coursekit;

import java.util.List;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;

/**
 * What a build found and wrote.
 *
 * @param findings every finding, sorted by file, line, column and rule
 * @param written files written, relative to the output directory, sorted
 */
public record BuildReport(List<Finding> findings, List<String> written) {

  public BuildReport {
    findings = findings.stream().sorted().toList();
    written = written.stream().sorted().toList();
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** True when a finding at {@code threshold} or graver remains: the build must fail. */
  public boolean hasAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }
}
