package org.coursekit;

import java.util.Objects;

/**
 * An unexpected exception inside CourseKit (a bug in the generator or its theme, never a problem of
 * the course, which is always a finding), with the course file that was being processed, so the bug
 * report can name it.
 */
public final class InternalCourseKitError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Where the README tells users how to report a bug. */
  public static final String REPORTING =
      "Please report it as described in CourseKit's README, section \"Reporting bugs\", with this"
          + " message and the output of the same build run with -e.";

  private final String file;

  /**
   * @param file the course file being processed, relative to the course folder with {@code /}
   */
  public InternalCourseKitError(String file, Throwable cause) {
    super(
        "internal CourseKit error while processing "
            + Objects.requireNonNull(file, "file")
            + ": "
            + describe(cause),
        cause);
    this.file = file;
  }

  /** The course file being processed, relative to the course folder. */
  public String file() {
    return file;
  }

  /** The innermost course file named in {@code error}'s causes, or null when none is. */
  public static String fileOf(Throwable error) {
    String found = null;
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof InternalCourseKitError internal) {
        found = internal.file;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return found;
  }

  /** {@code ThemeException: Theme template module.ftlh failed at line 3: …}. */
  public static String describe(Throwable error) {
    Throwable shown = error;
    while (shown instanceof InternalCourseKitError && shown.getCause() != null) {
      shown = shown.getCause();
    }
    return shown.getMessage() == null
        ? shown.getClass().getSimpleName()
        : shown.getClass().getSimpleName() + ": " + shown.getMessage();
  }
}
