package org.coursekit.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The edge of the course folder: a path is inside only if it lies under the folder as written and
 * still does once every symbolic link on the way is followed. A course must build from its own
 * folder alone, so files outside are never read or published.
 *
 * <p>One boundary serves one load: it remembers the real path of each folder it resolved, so the
 * thousands of files of a course cost one link check each instead of a walk of every parent.
 */
final class CourseBoundary {

  private final Path root;
  private final Path realRoot;
  private final ConcurrentMap<Path, Path> realFolders = new ConcurrentHashMap<>();

  CourseBoundary(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.realRoot = fullyResolved(this.root);
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

  /** The real path of an existing, normalised absolute path. */
  private Path realPath(Path path) {
    Path parent = path.getParent();
    if (parent == null || Files.isSymbolicLink(path)) {
      return fullyResolved(path);
    }
    // Not a link: its real path is its folder's real path plus its name.
    Path realParent = realFolders.get(parent);
    if (realParent == null) {
      realParent = realPath(parent);
      realFolders.put(parent, realParent);
    }
    return realParent.resolve(path.getFileName());
  }

  private static Path fullyResolved(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }
}
