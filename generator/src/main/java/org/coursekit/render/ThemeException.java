package org.coursekit.render;

/**
 * A defect in a theme (a missing file or a template that fails), as opposed to a problem in the
 * course, which is always a finding. The message names the theme file and, when known, the line.
 */
public class ThemeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ThemeException(String message, Throwable cause) {
    super(message, cause);
  }

  public ThemeException(String message) {
    super(message);
  }
}
