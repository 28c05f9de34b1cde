package org.coursekit.load;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of a course: where it is on disk and its name in findings (relative to the course
 * folder, with {@code /} separators).
 */
record CourseFile(Path path, String name) {

  CourseFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
  }

  /** The file name without its extension: the id a module or item file is named after. */
  String stem() {
    String fileName = path.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
