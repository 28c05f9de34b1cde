package org.coursekit.load;

import java.util.List;
import java.util.Optional;
import org.coursekit.diag.Finding;

/** What one course file holds, if readable, and the findings about it, in the order reported. */
record FileResult<T>(Optional<T> value, List<Finding> findings) {
  FileResult {
    findings = List.copyOf(findings);
  }
}
