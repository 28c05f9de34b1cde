package org.coursekit.model;

import java.util.Objects;
import org.coursekit.diag.SourceRef;

/** A reference to another id (an objective, a person, a module…) and where it was written. */
public record Ref(String id, SourceRef at) {
  public Ref {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
  }
}
