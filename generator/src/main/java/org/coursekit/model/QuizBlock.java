package org.coursekit.model;

import org.coursekit.diag.SourceRef;

/**
 * A {@code ```quiz} block in a module body: either an inline {@code item} or a {@code ref} to an
 * item in {@code items/}. Exactly one of the two is non-null.
 */
public record QuizBlock(SourceRef at, Item item, Ref ref) {

  /** The id of the item this block shows. */
  public String itemId() {
    return item != null ? item.id() : ref.id();
  }
}
