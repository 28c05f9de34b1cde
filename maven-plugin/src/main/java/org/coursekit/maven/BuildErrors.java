package org.coursekit.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.apache.maven.plugin.MojoExecutionException;
import org.coursekit.InternalCourseKitError;

/**
 * Turns what went wrong outside the course into Maven's BUILD ERROR ({@link
 * MojoExecutionException}): an I/O failure says which file and what to check; an unexpected
 * exception says it is an internal CourseKit error, where to report it and which course file was
 * being processed. Problems in the course itself are findings and end in BUILD FAILURE ({@code
 * MojoFailureException}) in {@link AbstractCourseMojo}.
 */
final class BuildErrors {

  private BuildErrors() {}

  /** What the goal {@code goal} hit while building the course in {@code courseFolder}. */
  static MojoExecutionException of(String goal, File courseFolder, Throwable error) {
    Throwable cause =
        error instanceof UncheckedIOException unchecked ? unchecked.getCause() : error;
    if (cause instanceof IOException io) {
      return new MojoExecutionException(ioMessage(goal, io), io);
    }
    String file = InternalCourseKitError.fileOf(cause);
    return new MojoExecutionException(
        "coursekit:"
            + goal
            + " stopped on an internal CourseKit error while processing "
            + (file == null ? "the course in " + courseFolder : file + " in " + courseFolder)
            + ": "
            + InternalCourseKitError.describe(cause)
            + ". This is a bug in CourseKit, not a problem in your course. "
            + InternalCourseKitError.REPORTING,
        cause);
  }

  private static String ioMessage(String goal, IOException error) {
    String what;
    if (error instanceof AccessDeniedException denied) {
      what = "has no permission to read or write " + denied.getFile();
    } else if (error instanceof NoSuchFileException missing) {
      what = "could not find " + missing.getFile();
    } else if (error instanceof FileSystemException system && system.getFile() != null) {
      what =
          "could not read or write "
              + system.getFile()
              + (system.getReason() == null ? "" : " (" + system.getReason() + ")");
    } else {
      what = "hit an I/O error: " + error.getMessage();
    }
    return "coursekit:"
        + goal
        + " "
        + what
        + ". Check that the output folder (<outputDirectory>) is writable and the disk has space,"
        + " and that no other program holds its files; then run the build again.";
  }
}
