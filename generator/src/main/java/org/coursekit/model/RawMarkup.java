package org.coursekit.model;

import org.coursekit.diag.SourceRef;

/**
 * Raw HTML, or the target of a link or image, in a module body as written: what publishing may
 * sanitise. The loader collects them from its one parse of the body, so checking them needs no
 * second parse.
 *
 * @param text the HTML literal, or the link or image target
 */
public record RawMarkup(Kind kind, String text, SourceRef at) {

  /** What the markup is. */
  public enum Kind {
    /** A raw HTML block or inline tag. */
    HTML,
    /** The target of a link. */
    LINK,
    /** The source of an image. */
    IMAGE
  }
}
