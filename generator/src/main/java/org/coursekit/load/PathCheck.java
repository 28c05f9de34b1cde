package org.coursekit.load;

import java.nio.file.Path;

/**
 * One question a reader asked the course folder about a path an author wrote (an image, a link),
 * with the answer it got. A cached result built on that answer holds only while the folder still
 * gives it: adding, deleting or relinking an image changes the answer, not the module's bytes.
 *
 * @param base the folder the target is relative to
 * @param target the path as written
 */
record PathCheck(Question question, Path base, String target, boolean answer) {

  /** Which of {@link CourseFolder}'s questions. */
  enum Question {
    IS_FILE,
    ESCAPES
  }

  /** Whether {@code folder} gives the same answer now. */
  boolean holdsIn(CourseFolder folder) {
    boolean now =
        switch (question) {
          case IS_FILE -> folder.isFile(base, target);
          case ESCAPES -> folder.escapes(base, target);
        };
    return now == answer;
  }
}
