package org.coursekit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import org.apache.maven.plugin.MojoExecutionException;
import org.coursekit.InternalCourseKitError;
import org.junit.jupiter.api.Test;

class BuildErrorsTest {

  private static final File COURSE = new File("/work/my-course/src/main/course");

  @Test
  void internalErrorNamesTheCourseFileAndWhereToReportIt() {
    RuntimeException bug = new IllegalStateException("no frame for page");
    MojoExecutionException error =
        BuildErrors.of("site", COURSE, new InternalCourseKitError("modules/m03-storage.md", bug));

    assertThat(error.getMessage())
        .startsWith("coursekit:site stopped on an internal CourseKit error while processing")
        .contains("modules/m03-storage.md in " + COURSE)
        .contains("IllegalStateException: no frame for page")
        .contains("not a problem in your course")
        .contains("\"Reporting bugs\"")
        .contains("-e");
    assertThat(error.getCause()).isInstanceOf(InternalCourseKitError.class);
  }

  @Test
  void internalErrorWithoutAFileNamesTheCourseFolder() {
    MojoExecutionException error = BuildErrors.of("package", COURSE, new NullPointerException());

    assertThat(error.getMessage())
        .contains("while processing the course in " + COURSE + ": NullPointerException.")
        .contains("\"Reporting bugs\"");
  }

  @Test
  void ioErrorSaysWhichFileAndWhatToCheck() {
    MojoExecutionException denied =
        BuildErrors.of(
            "site",
            COURSE,
            new UncheckedIOException(
                new AccessDeniedException("/work/my-course/target/coursekit")));
    MojoExecutionException other = BuildErrors.of("validate", COURSE, new IOException("disk full"));

    assertThat(denied.getMessage())
        .startsWith("coursekit:site has no permission to read or write /work/my-course/target")
        .contains("writable")
        .doesNotContain("internal");
    assertThat(other.getMessage())
        .startsWith("coursekit:validate hit an I/O error: disk full.")
        .doesNotContain("internal");
  }
}
