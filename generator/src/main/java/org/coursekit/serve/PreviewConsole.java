package org.coursekit.serve;

import org.coursekit.diag.Finding;

/**
 * Where the preview server prints: the adapter maps the three levels to its own log (the Maven
 * plugin to its log levels), tests collect the lines.
 */
public interface PreviewConsole {

  void info(String line);

  void warn(String line);

  void error(String line);

  /** Prints {@code finding} at the level of its severity. */
  default void finding(Finding finding) {
    switch (finding.severity()) {
      case ERROR -> error(finding.format());
      case WARNING -> warn(finding.format());
      case INFO -> info(finding.format());
    }
  }
}
