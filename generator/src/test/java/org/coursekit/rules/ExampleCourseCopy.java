package org.coursekit.rules;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test on its own copy of the example course, made fresh for each test method. */
public abstract class ExampleCourseCopy {

  @TempDir protected Path folder;
  protected CourseFixture course;

  @BeforeEach
  void copyExampleCourse() {
    course = CourseFixture.exampleCourseIn(folder);
  }
}
