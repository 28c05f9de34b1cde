package org.coursekit.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A site being written: files go into a fresh sibling folder of the target, which replaces the
 * target in one rename when the build succeeds, so readers never see half a site and a failed build
 * leaves the previous site in place. Nothing outside the target and the temporary folders it
 * creates is ever deleted.
 */
final class OutputFolder implements AutoCloseable {

  private final Path target;
  private final Path staging;
  private final FileTime fileTime;
  private final TreeSet<String> written = new TreeSet<>();
  private boolean published;

  private OutputFolder(Path target, Path staging, FileTime fileTime) {
    this.target = target;
    this.staging = staging;
    this.fileTime = fileTime;
  }

  /**
   * Starts a site for {@code target}.
   *
   * @param sources the course folder, which the site must never replace
   * @param timestamp the modification time given to every file, or null to leave it to the system
   */
  static OutputFolder create(Path target, Path sources, Instant timestamp) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null) {
      throw new IOException("The site cannot replace the file-system root " + absolute);
    }
    if (sources != null) {
      Path courseFolder = sources.toAbsolutePath().normalize();
      if (courseFolder.startsWith(absolute)) {
        throw new IOException(
            "The site output folder "
                + absolute
                + " contains the course sources in "
                + courseFolder
                + "; choose an output folder outside the course, such as target/coursekit/site.");
      }
    }
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new IOException("The site output path " + absolute + " exists and is not a folder.");
    }
    Files.createDirectories(parent);
    Path staging = freshSibling(absolute, ".tmp-");
    Files.createDirectory(staging);
    return new OutputFolder(absolute, staging, timestamp == null ? null : FileTime.from(timestamp));
  }

  /** A name next to {@code target} that does not exist yet. */
  private static Path freshSibling(Path target, String tag) {
    String base = "." + target.getFileName() + tag + ProcessHandle.current().pid() + "-";
    long n = System.nanoTime();
    Path candidate = target.resolveSibling(base + n);
    while (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
      candidate = target.resolveSibling(base + ++n);
    }
    return candidate;
  }

  /** True once {@code relative} has been written in this build. */
  boolean contains(String relative) {
    return written.contains(relative);
  }

  /** Writes a text file as UTF-8 with LF line ends. */
  void writeText(String relative, String text) throws IOException {
    writeBytes(relative, text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
  }

  void writeBytes(String relative, byte[] bytes) throws IOException {
    Path file = resolve(relative);
    Files.write(file, bytes);
    stamp(file);
  }

  void copy(Path source, String relative) throws IOException {
    Path file = resolve(relative);
    Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
    stamp(file);
  }

  private Path resolve(String relative) throws IOException {
    Path file = staging.resolve(relative).normalize();
    if (!file.startsWith(staging) || file.equals(staging) || relative.contains("\\")) {
      throw new IllegalArgumentException("Not a path inside the site: " + relative);
    }
    if (!written.add(relative)) {
      throw new FileAlreadyExistsException(relative, null, "written twice in one site build");
    }
    Files.createDirectories(file.getParent());
    return file;
  }

  private void stamp(Path file) throws IOException {
    if (fileTime != null) {
      Files.setLastModifiedTime(file, fileTime);
    }
  }

  /** The files written so far, relative, sorted, with {@code /} separators. */
  List<String> files() {
    return List.copyOf(written);
  }

  Path staging() {
    return staging;
  }

  /**
   * Puts the new site in place of the target: the old target is renamed aside, the new folder
   * renamed to the target, and only then is the old one deleted.
   */
  List<String> publish() throws IOException {
    Path old = null;
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      old = freshSibling(target, ".old-");
      move(target, old);
    }
    try {
      move(staging, target);
    } catch (IOException e) {
      if (old != null) {
        move(old, target);
      }
      throw e;
    }
    published = true;
    if (old != null) {
      deleteTree(old);
    }
    return files();
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes the unpublished folder of a build that failed or was withheld. */
  @Override
  public void close() throws IOException {
    if (!published && Files.exists(staging)) {
      deleteTree(staging);
    }
  }

  /** Deletes a folder this class created; symbolic links are removed, never followed. */
  private static void deleteTree(Path root) throws IOException {
    List<IOException> failures = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              failures.add(e);
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
  }
}
