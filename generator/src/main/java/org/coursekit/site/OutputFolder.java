package org.coursekit.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coursekit.files.FileTrees;

/**
 * An output folder being written ({@code site/}, {@code packages/}, {@code reports/}): files go
 * into a fresh sibling folder of the target, which replaces the target in one rename when the build
 * succeeds, so readers never see half an output and a failed or interrupted build leaves the
 * previous one in place. Nothing outside the target and the temporary folders it creates is ever
 * deleted; temporary folders that a killed build left behind are removed by the next build.
 *
 * <p>Temporary folders are named {@code .<target>.tmp-<pid>-<n>} (the new output), {@code
 * .<target>.old-<pid>-<n>} (the previous output during the swap) and {@code
 * .<target>.work-<pid>-<n>} ({@link #scratch}).
 */
public final class OutputFolder implements AutoCloseable {

  private static final String STAGING = ".tmp-";
  private static final String OLD = ".old-";
  private static final String SCRATCH = ".work-";

  private final Path target;
  private final Path staging;
  private final FileTime fileTime;
  // Pages are written from several threads at once.
  private final Set<String> written = new ConcurrentSkipListSet<>();
  private boolean published;
  private Path scratch;

  private OutputFolder(Path target, Path staging, FileTime fileTime) {
    this.target = target;
    this.staging = staging;
    this.fileTime = fileTime;
  }

  /**
   * Starts a new output for {@code target}.
   *
   * @param sources the course folder, which the output must never replace; null when unknown
   * @param timestamp the modification time given to every file, or null to leave it to the system
   */
  public static OutputFolder create(Path target, Path sources, Instant timestamp)
      throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null) {
      throw new IOException("An output cannot replace the file-system root " + absolute);
    }
    if (sources != null) {
      Path courseFolder = sources.toAbsolutePath().normalize();
      if (courseFolder.startsWith(absolute)) {
        throw new IOException(
            "The output folder "
                + absolute
                + " contains the course sources in "
                + courseFolder
                + "; choose an output folder outside the course, such as target/coursekit.");
      }
    }
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new IOException("The output path " + absolute + " exists and is not a folder.");
    }
    Files.createDirectories(parent);
    removeLeftovers(absolute);
    Path staging = freshSibling(absolute, STAGING);
    Files.createDirectory(staging);
    return new OutputFolder(absolute, staging, timestamp == null ? null : FileTime.from(timestamp));
  }

  /**
   * Removes the temporary folders of builds of {@code target} whose process has ended (killed, or
   * the machine stopped), and puts back a previous output that such a build had moved aside for the
   * swap and not yet replaced. Folders of running builds are left alone.
   */
  private static void removeLeftovers(Path target) throws IOException {
    Pattern ours =
        Pattern.compile(
            "\\."
                + Pattern.quote(target.getFileName().toString())
                + "(\\.tmp-|\\.old-|\\.work-)(\\d+)-\\d+");
    List<Path> leftovers;
    try (Stream<Path> siblings = Files.list(target.getParent())) {
      leftovers =
          siblings
              .filter(sibling -> isLeftover(ours.matcher(sibling.getFileName().toString())))
              .sorted()
              .toList();
    }
    for (Path leftover : leftovers) {
      Matcher name = ours.matcher(leftover.getFileName().toString());
      name.matches();
      if (name.group(1).equals(OLD) && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        move(leftover, target);
      } else {
        FileTrees.deleteTree(leftover);
      }
    }
  }

  private static boolean isLeftover(Matcher name) {
    if (!name.matches()) {
      return false;
    }
    long pid = Long.parseLong(name.group(2));
    return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
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
  public boolean contains(String relative) {
    return written.contains(relative);
  }

  /** Writes a text file as UTF-8 with LF line ends. */
  public void writeText(String relative, String text) throws IOException {
    writeBytes(relative, text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
  }

  public void writeBytes(String relative, byte[] bytes) throws IOException {
    Path file = resolve(relative);
    Files.write(file, bytes);
    stamp(file);
  }

  /**
   * Claims {@code relative} for a writer that streams into a file itself (a zip): returns where to
   * write it in the new output, its folder created.
   */
  public Path newFile(String relative) throws IOException {
    return resolve(relative);
  }

  /**
   * A scratch folder next to the target for intermediate files that are not part of the output
   * (pages rendered before they are zipped); created on first use, deleted on {@link #close}.
   */
  public synchronized Path scratch() throws IOException {
    if (scratch == null) {
      Path folder = freshSibling(target, SCRATCH);
      Files.createDirectory(folder);
      scratch = folder;
    }
    return scratch;
  }

  public void copy(Path source, String relative) throws IOException {
    Path file = resolve(relative);
    Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
    stamp(file);
  }

  private Path resolve(String relative) throws IOException {
    Path file = staging.resolve(relative).normalize();
    if (!file.startsWith(staging) || file.equals(staging) || relative.contains("\\")) {
      throw new IllegalArgumentException("Not a path inside the output: " + relative);
    }
    if (!written.add(relative)) {
      throw new FileAlreadyExistsException(relative, null, "written twice in one build");
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
  public List<String> files() {
    return List.copyOf(written);
  }

  /** The folder the new output is written to until {@link #publish}. */
  public Path staging() {
    return staging;
  }

  /** Where the output goes. */
  public Path target() {
    return target;
  }

  /**
   * Puts the new output in place of the target: the old target is renamed aside, the new folder
   * renamed to the target, and only then is the old one deleted.
   */
  public List<String> publish() throws IOException {
    Path old = null;
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      old = freshSibling(target, OLD);
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
      FileTrees.deleteTree(old);
    }
    return files();
  }

  /**
   * Moves each new file into the target, replacing a file of the same name and leaving the target's
   * other files alone: for folders that several writers share ({@code reports/}) or that keep what
   * other builds wrote ({@code packages/} of other formats or versions). Nothing is moved before
   * every file is complete.
   */
  public List<String> publishFiles() throws IOException {
    for (String file : files()) {
      Path to = target.resolve(file);
      Files.createDirectories(to.getParent());
      FileTrees.moveIntoPlace(staging.resolve(file), to);
    }
    published = true;
    FileTrees.deleteTree(staging);
    return files();
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes the scratch folder, and the new output unless it was published (failed, withheld). */
  @Override
  public void close() throws IOException {
    try {
      if (!published) {
        FileTrees.deleteTree(staging);
      }
    } finally {
      if (scratch != null) {
        FileTrees.deleteTree(scratch);
      }
    }
  }
}
