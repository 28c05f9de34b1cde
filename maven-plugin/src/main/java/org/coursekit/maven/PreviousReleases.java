package org.coursekit.maven;

import java.nio.file.Path;
import org.coursekit.diff.PreviousRelease;

/** Maps the {@code previousRelease} parameter of the diff and package goals to the library's. */
final class PreviousReleases {

  /** The parameter value that switches the comparison off. */
  static final String NONE = "none";

  private PreviousReleases() {}

  /**
   * The release to compare with: the path given (a package zip or a course folder, relative to
   * {@code baseDirectory}), else the last release tag of the course's repository; null for {@code
   * none}.
   *
   * @param expected whether a missing tag is worth an info finding (the diff goal) or not (package)
   */
  static PreviousRelease of(
      String given, Path baseDirectory, Path sourceDirectory, boolean expected) {
    if (given == null || given.isBlank()) {
      return expected
          ? PreviousRelease.lastTag(sourceDirectory)
          : PreviousRelease.lastTagIfAny(sourceDirectory);
    }
    if (given.strip().equalsIgnoreCase(NONE)) {
      return null;
    }
    return PreviousRelease.given(baseDirectory.resolve(given.strip()));
  }
}
