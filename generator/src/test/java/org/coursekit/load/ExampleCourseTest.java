package org.coursekit.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.coursekit.diag.Severity;
import org.junit.jupiter.api.Test;

/**
 * The example course of the repository (path set by surefire in generator/pom.xml) loads cleanly.
 */
class ExampleCourseTest {

  @Test
  void loadsFourModulesWithoutFormatErrors() throws IOException {
    Path course = Path.of(System.getProperty("coursekit.exampleCourse"));

    LoadResult result = new CourseLoader().load(course);

    assertThat(result.course().modules()).hasSize(4);
    assertThat(result.findings())
        .filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(f -> f.format())
        .isEmpty();
  }
}
