package org.coursekit.history;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The history of a course kept in a git work tree, read with the {@code git} binary. The last
 * release is the highest tag of the form {@code vX.Y.Z} (or {@code X.Y.Z}) reachable from {@code
 * HEAD}; an uncommitted change does not count as a change until it is committed.
 *
 * <p>Answers are cached per instance (one build reads a file's history at most once); the cache is
 * thread-safe, and what git reports does not change during a build.
 */
public final class GitHistory implements CourseHistory {

  /** Long enough for a large repository on a slow disk, short enough not to hang a build. */
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final Pattern OUTER_SLASHES = Pattern.compile("^/+|/+$");

  /** A release tag and the version it names. */
  private record ReleaseTag(String name, ReleaseVersion version) {
    static final Comparator<ReleaseTag> ORDER =
        Comparator.comparing(ReleaseTag::version).thenComparing(ReleaseTag::name);
  }

  private final GitCommand git;
  private final String prefix;
  private final Optional<String> releaseTag;
  private final Map<String, Optional<LocalDate>> lastChanged = new ConcurrentHashMap<>();
  private final Object allChangesLock = new Object();
  // Guarded by allChangesLock; null until first asked, then the result of the one log pass.
  private Optional<Map<String, LocalDate>> allChanges;
  // Its own lock: rules running in parallel may ask for dates and released files at once.
  private final Object allReleasedLock = new Object();
  // Guarded by allReleasedLock; null until first asked, then every file at the release tag.
  private Optional<Map<String, String>> allReleased;
  private final Map<String, Optional<String>> released = new ConcurrentHashMap<>();

  private GitHistory(GitCommand git, String prefix, Optional<String> releaseTag) {
    this.git = git;
    this.prefix = prefix;
    this.releaseTag = releaseTag;
  }

  /**
   * The history of the course in {@code courseRoot}, or {@link CourseHistory#NONE} when the folder
   * is not inside a git work tree or git cannot be run. Never throws.
   */
  public static CourseHistory open(Path courseRoot) {
    return open(courseRoot, "git", TIMEOUT);
  }

  static CourseHistory open(Path courseRoot, String executable, Duration timeout) {
    if (courseRoot == null || !Files.isDirectory(courseRoot)) {
      return NONE;
    }
    GitCommand git = new GitCommand(executable, courseRoot.toAbsolutePath(), timeout);
    boolean inWorkTree =
        git.run("rev-parse", "--is-inside-work-tree").map(String::strip).orElse("").equals("true");
    // The prefix may hold spaces at its ends; only the line break is not part of it.
    Optional<String> prefix =
        git.run("rev-parse", "--show-prefix").map(out -> out.lines().findFirst().orElse(""));
    if (!inWorkTree || prefix.isEmpty()) {
      return NONE;
    }
    // A repository without commits has no tags; `tag --merged HEAD` then fails and reads as none.
    Optional<String> tag = git.run("tag", "--merged", "HEAD").flatMap(GitHistory::highestRelease);
    return new GitHistory(git, prefix.get(), tag);
  }

  /** The highest {@code v?X.Y.Z} tag among the lines of {@code tagList}. */
  static Optional<String> highestRelease(String tagList) {
    return tagList
        .lines()
        .map(String::strip)
        .flatMap(name -> ReleaseVersion.ofTag(name).map(v -> new ReleaseTag(name, v)).stream())
        .max(ReleaseTag.ORDER)
        .map(ReleaseTag::name);
  }

  @Override
  public boolean available() {
    return true;
  }

  @Override
  public Optional<LocalDate> lastChanged(String file) {
    Optional<Map<String, LocalDate>> all = allChanges();
    if (all.isPresent()) {
      return Optional.ofNullable(all.get().get(file));
    }
    return lastChanged.computeIfAbsent(
        file,
        f ->
            git.run("log", "-1", "--format=%cs", "--", f)
                .map(String::strip)
                .filter(date -> !date.isEmpty())
                .flatMap(GitHistory::date));
  }

  /**
   * The date of the last commit that changed each file of the course, from one walk of the history:
   * rules ask for thousands of files, and one {@code git log} per file made a large course's build
   * spend most of its time starting git. Empty when that log cannot be read (each file is then
   * asked on its own).
   */
  private Optional<Map<String, LocalDate>> allChanges() {
    synchronized (allChangesLock) {
      if (allChanges == null) {
        // Newest first, as `git log -1 -- <file>` sees them; -z: names are never quoted;
        // --relative: names relative to the course folder, only files inside it; --no-renames:
        // a renamed file changed under its old name too, as `git log -- <old name>` says.
        allChanges =
            git.run(
                    "log",
                    "--format=%x01%cs",
                    "--name-only",
                    "--no-renames",
                    "-z",
                    "--relative",
                    "--",
                    ".")
                .map(GitHistory::lastChangePerFile);
      }
      return allChanges;
    }
  }

  /**
   * Every file of the course at the release tag, read by one {@code git cat-file --batch}: a rule
   * compares thousands of files with the release, and one {@code git show} per file cost a large
   * course most of its build time. Empty when it cannot be read (each file is then asked alone).
   */
  private Optional<Map<String, String>> allReleased() {
    synchronized (allReleasedLock) {
      if (allReleased == null) {
        List<String> files = filesAtLastRelease("");
        if (files.stream().anyMatch(f -> f.indexOf('\n') >= 0)) {
          // cat-file --batch takes one name per line.
          allReleased = Optional.empty();
          return allReleased;
        }
        StringBuilder requests = new StringBuilder();
        files.forEach(
            f -> requests.append(releaseTag.get()).append(':').append(prefix + f).append('\n'));
        allReleased =
            git.runWithInput(
                    requests.toString().getBytes(StandardCharsets.UTF_8), "cat-file", "--batch")
                .flatMap(output -> CatFileBatch.contents(output, files));
      }
      return allReleased;
    }
  }

  /** Each file's first (newest) date in a {@code %x01%cs --name-only -z} log. */
  static Map<String, LocalDate> lastChangePerFile(String log) {
    Map<String, LocalDate> dates = new HashMap<>();
    for (String commit : log.split("\u0001")) {
      String[] fields = commit.split("\u0000");
      if (fields.length == 0) {
        continue;
      }
      Optional<LocalDate> date = date(fields[0].strip());
      for (int i = 1; i < fields.length && date.isPresent(); i++) {
        // The first name of a commit follows the line break that ends its header.
        String name = i == 1 ? fields[i].replaceFirst("^\n", "") : fields[i];
        if (!name.isEmpty()) {
          dates.putIfAbsent(name, date.get());
        }
      }
    }
    return Map.copyOf(dates);
  }

  @Override
  public Optional<String> atLastRelease(String file) {
    if (releaseTag.isEmpty()) {
      return Optional.empty();
    }
    Optional<Map<String, String>> all = allReleased();
    if (all.isPresent()) {
      return Optional.ofNullable(all.get().get(file));
    }
    return released.computeIfAbsent(
        file, f -> git.run("show", "--no-textconv", releaseTag.get() + ":" + prefix + f));
  }

  @Override
  public Optional<String> lastReleaseName() {
    return releaseTag;
  }

  @Override
  public List<String> filesAtLastRelease(String folder) {
    if (releaseTag.isEmpty()) {
      return List.of();
    }
    String trimmed = OUTER_SLASHES.matcher(folder).replaceAll("");
    String base = trimmed.isEmpty() ? "" : trimmed + "/";
    // -z: names are NUL-separated and never quoted, whatever characters they hold; --full-tree:
    // list the whole tree named, not only the part under the current folder.
    return git.run(
            "ls-tree",
            "-r",
            "-z",
            "--full-tree",
            "--name-only",
            releaseTag.get() + ":" + prefix + trimmed)
        .map(
            names ->
                Arrays.stream(names.split("\0"))
                    .filter(name -> !name.isEmpty())
                    .map(name -> base + name)
                    .sorted()
                    .toList())
        .orElse(List.of());
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
