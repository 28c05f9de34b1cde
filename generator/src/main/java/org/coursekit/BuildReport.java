package org.coursekit;

import java.util.List;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;

/**
 * What a build found and wrote.
 *
 * @param findings every finding that counts, sorted by file, line, column and rule
 * @param baselined findings recorded in the course's baseline file, sorted: reported, but they
 *     never fail the build and are not counted by {@link #count} or {@link #hasAtLeast}
 * @param written files written, relative to the output directory, sorted
 */
public record BuildReport(List<Finding> findings, List<Finding> baselined, List<String> written) {

  public BuildReport {
    findings = findings.stream().sorted().toList();
    baselined = baselined.stream().sorted().toList();
    written = written.stream().sorted().toList();
  }

  /** A report without baselined findings. */
  public BuildReport(List<Finding> findings, List<String> written) {
    this(findings, List.of(), written);
  }

  /** How many findings that count have {@code severity} (baselined ones are not counted). */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * True when a finding at {@code threshold} or graver remains: the build must fail. Baselined
   * findings never count.
   */
  public boolean hasAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }
}
