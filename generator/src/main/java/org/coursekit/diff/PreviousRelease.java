package org.coursekit.diff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The release a build is compared with.
 *
 * @param path the package zip or course folder given; for {@link Kind#LAST_TAG}, the course folder
 *     whose repository is asked for its last tag
 * @param expected false when a missing release is normal and needs no mention (a package build in a
 *     repository without release tags)
 */
public record PreviousRelease(Kind kind, Path path, boolean expected) {

  /** Where the previous release comes from. */
  public enum Kind {
    /** The highest {@code vX.Y.Z} tag reachable from {@code HEAD} in the course's repository. */
    LAST_TAG,
    /** A package zip CourseKit wrote (it holds {@value ReleaseSnapshot#FILE_NAME}). */
    PACKAGE,
    /** A course folder (holding program.yml), or a repository with one in src/main/course. */
    FOLDER
  }

  public PreviousRelease {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
  }

  /**
   * The last release tag of the repository that holds {@code courseRoot}; when there is none, the
   * review says so (info).
   */
  public static PreviousRelease lastTag(Path courseRoot) {
    return new PreviousRelease(Kind.LAST_TAG, courseRoot, true);
  }

  /** The last release tag, if there is one; without one nothing is compared or reported. */
  public static PreviousRelease lastTagIfAny(Path courseRoot) {
    return new PreviousRelease(Kind.LAST_TAG, courseRoot, false);
  }

  /**
   * A release given by its path ({@code -Dcoursekit.previousRelease}): a file is read as a package
   * zip, anything else as a course folder.
   */
  public static PreviousRelease given(Path path) {
    return new PreviousRelease(Files.isRegularFile(path) ? Kind.PACKAGE : Kind.FOLDER, path, true);
  }
}
