package org.coursekit.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What version control knows about a course: when files last changed and what the last release
 * looked like. Rules that need history (PRG-011, REV-001) read it through this interface, so they
 * can be tested without a repository.
 */
public interface CourseHistory {

  /** A course that is not in a repository (or whose history cannot be read). */
  CourseHistory NONE =
      new CourseHistory() {
        @Override
        public boolean available() {
          return false;
        }

        @Override
        public Optional<LocalDate> lastChanged(String file) {
          return Optional.empty();
        }

        @Override
        public Optional<String> atLastRelease(String file) {
          return Optional.empty();
        }

        @Override
        public Optional<String> lastReleaseName() {
          return Optional.empty();
        }
      };

  /** False when there is no history to read; rules then say so as an info finding. */
  boolean available();

  /** The date of the last commit that changed {@code file} (relative to the course folder). */
  Optional<LocalDate> lastChanged(String file);

  /** The text of {@code file} at the last release tag, if the file existed then. */
  Optional<String> atLastRelease(String file);

  /** The name of the last release tag (e.g. {@code v1.0.0}), if there is one. */
  Optional<String> lastReleaseName();

  /**
   * The files under {@code folder} (relative to the course folder, e.g. {@code items/secure}) at
   * the last release tag, relative to the course folder and sorted; empty when unknown. PRG-011
   * uses it to notice files removed since the release.
   */
  default List<String> filesAtLastRelease(String folder) {
    return List.of();
  }
}
