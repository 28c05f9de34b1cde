package org.coursekit.rules.builtin;

import org.coursekit.model.Course;

/**
 * Whether the loader could not read a module file. Its objectives and duration are then missing
 * from the model, so totals over all modules would blame the author twice for one syntax error.
 */
final class MissingModules {

  private MissingModules() {}

  static boolean any(Course course) {
    return course.unreadableFiles().stream().anyMatch(file -> file.startsWith("modules/"));
  }
}
