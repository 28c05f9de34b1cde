package org.coursekit.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/** File-tree operations the builds share. */
public final class FileTrees {

  private FileTrees() {}

  /**
   * Moves {@code from} to {@code to}, replacing it, atomically where the file system can, so
   * readers see the old file or the new one, never half of one.
   */
  public static void moveIntoPlace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * A path next to {@code file}, on the same file system, that no other writer uses, for writing a
   * file in full before {@link #moveIntoPlace moving it into place}. Nothing is created: unlike
   * {@code Files.createTempFile}, whose files only their owner may read, the file written there
   * gets the usual permissions, so a web server can serve the published site.
   */
  public static Path scratchNextTo(Path file) {
    return file.resolveSibling(".tmp-" + UUID.randomUUID() + "-" + file.getFileName());
  }

  /** Writes {@code bytes} to {@code file} through a scratch file and {@link #moveIntoPlace}. */
  public static void writeWhole(Path file, byte[] bytes) throws IOException {
    Path scratch = scratchNextTo(file);
    try {
      Files.write(scratch, bytes, StandardOpenOption.CREATE_NEW);
      moveIntoPlace(scratch, file);
    } finally {
      Files.deleteIfExists(scratch);
    }
  }

  /**
   * Deletes {@code root} and everything below it, if it exists. Symbolic links are removed, never
   * followed, so nothing outside the tree is touched.
   */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
