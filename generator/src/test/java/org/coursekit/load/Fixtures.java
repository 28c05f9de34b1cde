package org.coursekit.load;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.coursekit.diag.Finding;

/** Fixture courses under {@code src/test/resources/loader/} and finding helpers for the tests. */
final class Fixtures {

  private Fixtures() {}

  static Path course(String name) {
    URL url = Fixtures.class.getResource("/loader/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture course " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Findings as {@code file:line:col RULE severity}, the form the assertions compare. */
  static List<String> positions(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.at() + " " + f.rule() + " " + f.severity().label())
        .toList();
  }

  static List<Finding> in(List<Finding> findings, String file) {
    return findings.stream().filter(f -> f.at().file().equals(file)).toList();
  }
}
