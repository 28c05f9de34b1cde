package org.coursekit.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a release comes from in git: the commit being built, the release tag on it, the previous
 * release tag ({@code vX.Y.Z} reachable from {@code HEAD}, not on {@code HEAD} itself) and the
 * commits that changed the course folder since then. Read with the {@code git} binary, like {@link
 * GitHistory}; a course outside git gives {@link #NONE}.
 *
 * @param commit the full id of {@code HEAD}, or null outside git
 * @param tag the release tag on {@code HEAD}, or null when it has none
 * @param previousTag the release before this one, or null when there is none
 * @param changes the commits since {@code previousTag} (all of them without one) that changed the
 *     course folder, newest first
 */
public record ReleaseLog(String commit, String tag, String previousTag, List<Change> changes) {

  /** A course that is not in a git work tree. */
  public static final ReleaseLog NONE = new ReleaseLog(null, null, null, List.of());

  /** Separates fields and records in the log output; neither can occur in a commit subject. */
  private static final String FIELD = "\u001f";

  private static final String RECORD = "\u001e";

  /** One commit: its full id, commit date ({@code 2026-11-25}), author and subject line. */
  public record Change(String commit, String date, String author, String subject) {}

  public ReleaseLog {
    changes = List.copyOf(changes);
  }

  /** The release log of the course in {@code courseRoot}. Never throws. */
  public static ReleaseLog read(Path courseRoot) {
    if (courseRoot == null || !Files.isDirectory(courseRoot)) {
      return NONE;
    }
    GitCommand git = new GitCommand("git", courseRoot.toAbsolutePath(), GitHistory.TIMEOUT);
    Optional<String> head = git.run("rev-parse", "--verify", "HEAD").map(String::strip);
    if (head.isEmpty() || head.get().isEmpty()) {
      return NONE;
    }
    Set<String> onHead = lines(git.run("tag", "--points-at", "HEAD").orElse(""));
    String tag = GitHistory.highestRelease(String.join("\n", onHead)).orElse(null);
    String earlier =
        lines(git.run("tag", "--merged", "HEAD").orElse("")).stream()
            .filter(name -> !onHead.contains(name))
            .collect(Collectors.joining("\n"));
    String previous = GitHistory.highestRelease(earlier).orElse(null);
    List<String> log = new ArrayList<>(List.of("log", "--format=%H%x1f%cs%x1f%an%x1f%s%x1e"));
    log.add(previous == null ? "HEAD" : previous + "..HEAD");
    log.addAll(List.of("--", "."));
    List<Change> changes =
        git.run(log.toArray(String[]::new)).map(ReleaseLog::parse).orElse(List.of());
    return new ReleaseLog(head.get(), tag, previous, changes);
  }

  static List<Change> parse(String output) {
    List<Change> changes = new ArrayList<>();
    for (String record : output.split(RECORD)) {
      String[] fields = record.strip().split(FIELD, -1);
      if (fields.length == 4) {
        changes.add(new Change(fields[0], fields[1], fields[2], fields[3]));
      }
    }
    return List.copyOf(changes);
  }

  private static Set<String> lines(String text) {
    return text.lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
