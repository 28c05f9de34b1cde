package org.coursekit.maven;

import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;
import org.coursekit.BuildReport;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.report.FindingsText;

/** Presents findings in the Maven log, each at the log level of its severity. */
final class FindingPrinter {
  private final Log log;
  private final Path courseFolder;

  FindingPrinter(Log log, Path courseFolder) {
    this.log = log;
    this.courseFolder = courseFolder;
  }

  void printAll(BuildReport report) {
    if (!report.findings().isEmpty()) {
      log.info("coursekit: findings in " + courseFolder + ":");
    }
    report.findings().forEach(this::print);
    printBaselined(report);
  }

  /**
   * Baselined findings do not fail the build, so the log names only their number (each at debug
   * level, {@code -X}); the reports list them all.
   */
  private void printBaselined(BuildReport report) {
    if (report.baselined().isEmpty()) {
      return;
    }
    int count = report.baselined().size();
    log.info(
        "coursekit: "
            + (count == 1
                ? "1 finding is recorded in the baseline and does not fail the build (run with -X"
                    + " to list it)"
                : count
                    + " findings are recorded in the baseline and do not fail the build (run with"
                    + " -X to list them)"));
    if (log.isDebugEnabled()) {
      report.baselined().forEach(f -> log.debug(f.format() + " (baseline)"));
    }
  }

  /** Used when an earlier goal of the same build already printed everything. */
  void printErrorsOnly(BuildReport report) {
    report.findings().stream().filter(f -> f.severity() == Severity.ERROR).forEach(this::print);
  }

  private void print(Finding finding) {
    switch (finding.severity()) {
      case ERROR -> log.error(finding.format());
      case WARNING -> log.warn(finding.format());
      case INFO -> log.info(finding.format());
    }
  }

  static String summary(BuildReport report) {
    return FindingsText.summary(report.findings());
  }
}
