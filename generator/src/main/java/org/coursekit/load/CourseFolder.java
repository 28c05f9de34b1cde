package org.coursekit.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;

/**
 * The course folder on disk: which files it holds (sorted, hidden ones left out), their text, and
 * whether a path an author wrote points to an existing file. A {@link #recording} view also tells
 * which of those questions about paths a reader asked, so a {@link LoadCache} knows when a cached
 * result no longer holds.
 */
final class CourseFolder {

  /** {@code https:}, {@code mailto:}…: a target that is not a file in the course. */
  private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

  /** The largest file CourseKit reads; bigger ones are findings, not a risk to the build. */
  static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

  /** Rule id of a path or link that leads outside the course folder. */
  static final String ESCAPE_RULE = "SEC-002";

  private final Path root;
  private final CourseBoundary boundary;
  private final Consumer<PathCheck> checks;

  CourseFolder(Path root) {
    this(root.toAbsolutePath().normalize(), null, check -> {});
  }

  private CourseFolder(Path root, CourseBoundary boundary, Consumer<PathCheck> checks) {
    this.root = root;
    this.boundary = boundary == null ? new CourseBoundary(root) : boundary;
    this.checks = checks;
  }

  /**
   * The same folder, passing every answer of {@link #isFile} and {@link #escapes} to {@code into}.
   */
  CourseFolder recording(Consumer<PathCheck> into) {
    return new CourseFolder(root, boundary, into);
  }

  Path root() {
    return root;
  }

  /** The file at {@code relative} (with {@code /} separators), whether or not it exists. */
  CourseFile file(String relative) {
    return new CourseFile(root.resolve(relative), relative);
  }

  /**
   * The regular, non-hidden files directly in {@code folder} whose names end with {@code
   * extension}, sorted by name; none when the folder does not exist.
   *
   * @throws IOException when the folder exists but cannot be listed
   */
  List<CourseFile> list(String folder, String extension) throws IOException {
    Path dir = root.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(path -> !path.getFileName().toString().startsWith("."))
          .filter(path -> path.getFileName().toString().endsWith(extension))
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(path -> path.getFileName().toString()))
          .map(path -> new CourseFile(path, folder + "/" + path.getFileName()))
          .toList();
    }
  }

  /**
   * The normalised text of {@code file}, or empty after an FMT-001 error when it cannot be read or
   * is not UTF-8.
   */
  Optional<String> read(CourseFile file, Consumer<Finding> report) {
    return bytes(file, report).flatMap(bytes -> TextDecoder.decode(bytes, file.name(), report));
  }

  /**
   * The bytes of {@code file}, or empty after an error when it lies outside the course, is too
   * large or cannot be read.
   */
  Optional<byte[]> bytes(CourseFile file, Consumer<Finding> report) {
    try {
      if (boundary.escapes(file.path())) {
        report.accept(
            Finding.error(
                ESCAPE_RULE,
                SourceRef.startOf(file.name()),
                "This file is a symbolic link to a place outside the course folder, so CourseKit"
                    + " does not read it: a course must build from its own folder alone. Copy"
                    + " the file into the course instead of linking to it."));
        return Optional.empty();
      }
      long size = Files.size(file.path());
      if (size > MAX_FILE_BYTES) {
        report.accept(
            Finding.error(
                "FMT-001",
                SourceRef.startOf(file.name()),
                String.format(
                    Locale.ROOT,
                    "This file is %.1f MB, more than the %d MB CourseKit reads, so it is skipped."
                        + " Split it into smaller files, and keep large media out of text files.",
                    size / (1024.0 * 1024.0),
                    MAX_FILE_BYTES / (1024 * 1024))));
        return Optional.empty();
      }
      return Optional.of(Files.readAllBytes(file.path()));
    } catch (IOException e) {
      report.accept(
          Finding.error(
              "FMT-001",
              SourceRef.startOf(file.name()),
              "This file cannot be read ("
                  + e.getClass().getSimpleName()
                  + "). Check that it is a file you are allowed to read."));
      return Optional.empty();
    }
  }

  /** True for a target that is a URL (any scheme), not a file of the course. */
  static boolean isUrl(String target) {
    return URL_SCHEME.matcher(target).matches() || target.startsWith("//");
  }

  /**
   * Whether {@code target}, resolved against {@code base} (a folder inside the course), is a
   * regular file. A target starting with {@code /} is relative to the course folder.
   */
  boolean isFile(Path base, String target) {
    boolean answer;
    try {
      Path resolved =
          target.startsWith("/") ? root.resolve(target.substring(1)) : base.resolve(target);
      answer = Files.isRegularFile(resolved.normalize());
    } catch (InvalidPathException notAPath) {
      answer = false;
    }
    checks.accept(new PathCheck(PathCheck.Question.IS_FILE, base, target, answer));
    return answer;
  }

  /**
   * Whether {@code target}, resolved like {@link #isFile}, lies outside the course folder or leads
   * there through a symbolic link; false for a URL or a target that is not a path.
   */
  boolean escapes(Path base, String target) {
    if (target == null || target.isEmpty() || isUrl(target)) {
      return false; // decided by the text alone, so nothing to record
    }
    boolean answer;
    try {
      Path resolved =
          target.startsWith("/") ? root.resolve(target.substring(1)) : base.resolve(target);
      answer = boundary.escapes(resolved);
    } catch (InvalidPathException notAPath) {
      answer = false;
    }
    checks.accept(new PathCheck(PathCheck.Question.ESCAPES, base, target, answer));
    return answer;
  }

  /**
   * Reports FMT-005 at {@code at} unless {@code target} is a URL or an existing file relative to
   * the course folder.
   *
   * @param what what the file is for, e.g. {@code "the needs analysis"}
   */
  void requireFile(String target, SourceRef at, String what, Consumer<Finding> report) {
    if (target == null || isUrl(target) || isFile(root, target)) {
      return;
    }
    report.accept(
        Finding.error(
            "FMT-005",
            at,
            "The file `"
                + target
                + "` ("
                + what
                + ") does not exist. Add it to the course folder or correct the path; paths are"
                + " relative to the folder that holds program.yml."));
  }
}
