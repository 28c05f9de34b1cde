package org.coursekit.model;

import java.util.List;
import org.coursekit.diag.SourceRef;

/**
 * A heading of a module body, with the objectives its {@code <!-- supports: … -->} comment names.
 */
public record Section(String title, int level, List<Ref> supports, SourceRef at) {
  public Section {
    supports = List.copyOf(supports);
  }
}
