package org.coursekit.rules.builtin;

import java.util.List;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Program;

/**
 * Whether a course file could be read. What an unreadable file declares is missing from the model,
 * and the loader has already said why; a check for a missing declaration skips such files instead
 * of blaming the author twice for one syntax error.
 */
final class ReadableFiles {

  static final String PROGRAM = "program.yml";
  static final String PEOPLE = "people.yml";
  static final String ITEMS = "items/";
  static final String ASSESSMENTS = "assessments/";
  static final String MODULES = "modules/";

  private ReadableFiles() {}

  static boolean readable(Course course, String file) {
    return !course.unreadableFiles().contains(file);
  }

  /** True when every file under {@code folder} (e.g. {@code items/}) could be read. */
  static boolean allReadableUnder(Course course, String folder) {
    return course.unreadableFiles().stream().noneMatch(file -> file.startsWith(folder));
  }

  /** The program, or null when program.yml is missing or could not be read. */
  static Program program(Course course) {
    return readable(course, PROGRAM) ? course.program() : null;
  }

  /** The modules whose file could be read. */
  static List<CourseModule> modules(Course course) {
    return course.modules().stream().filter(m -> readable(course, m.file())).toList();
  }
}
