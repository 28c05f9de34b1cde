package org.coursekit.model;

import org.coursekit.diag.SourceRef;

/** An image in a module body: its source as written, its alt text and optional title. */
public record ImageRef(String src, String alt, String title, SourceRef at) {

  /** An image with empty alt text and the title {@code decorative}, as the format asks. */
  public boolean decorative() {
    return alt.isEmpty() && "decorative".equals(title);
  }
}
