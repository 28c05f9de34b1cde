package org.coursekit.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The edge of the course folder: a path is inside only if it lies under the folder as written and
 * still does once every symbolic link on the way is followed. A course must build from its own
 * folder alone, so files outside are never read or published.
 */
final class CourseBoundary {

  private final Path root;
  private final Path realRoot;

  CourseBoundary(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.realRoot = realPath(this.root);
  }

  /** True when {@code path} lies outside the course folder or leads outside through a link. */
  boolean escapes(Path path) {
    Path normal = path.toAbsolutePath().normalize();
    if (!normal.startsWith(root)) {
      return true;
    }
    // The deepest part that exists decides where the links lead; the rest is plain names.
    Path existing = normal;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing != null && !realPath(existing).startsWith(realRoot);
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }
}
