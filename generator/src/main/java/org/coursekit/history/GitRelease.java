package org.coursekit.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Exports the course folder as it was at its last release tag (the highest {@code vX.Y.Z} tag
 * reachable from {@code HEAD}, as {@link GitHistory} finds it), with the {@code git} binary, so a
 * build can load, check and render the released course next to the current one. Never throws: no
 * repository, no tag or no git all read as "no release".
 */
public final class GitRelease {

  private GitRelease() {}

  /**
   * Writes the course folder {@code courseRoot} as of its last release tag to the zip file {@code
   * zip} (with {@code git archive}; entries relative to the course folder) and returns the tag's
   * name, or empty when there is no release or it cannot be exported.
   */
  public static Optional<String> exportLastRelease(Path courseRoot, Path zip) {
    return exportLastRelease(courseRoot, zip, "git", GitHistory.TIMEOUT);
  }

  static Optional<String> exportLastRelease(
      Path courseRoot, Path zip, String executable, Duration timeout) {
    if (courseRoot == null || !Files.isDirectory(courseRoot)) {
      return Optional.empty();
    }
    GitCommand git = new GitCommand(executable, courseRoot.toAbsolutePath(), timeout);
    Optional<String> prefix =
        git.run("rev-parse", "--show-prefix").map(out -> out.lines().findFirst().orElse(""));
    Optional<String> top =
        git.run("rev-parse", "--show-toplevel").map(out -> out.lines().findFirst().orElse(""));
    Optional<String> tag = git.run("tag", "--merged", "HEAD").flatMap(GitHistory::highestRelease);
    if (prefix.isEmpty() || top.isEmpty() || top.get().isEmpty() || tag.isEmpty()) {
      return Optional.empty();
    }
    // Run from the top of the work tree: below it, git archive only takes paths under the
    // current folder, which a tree named by <tag>:<prefix> does not have.
    git = new GitCommand(executable, Path.of(top.get()), timeout);
    // <tag>:<prefix> names the course folder's tree at the tag; archiving the tree, not the commit,
    // puts its files at the root of the zip.
    Optional<String> done =
        git.run(
            "archive",
            "--format=zip",
            "--output=" + zip.toAbsolutePath(),
            tag.get() + ":" + prefix.get());
    return done.isPresent() && Files.isRegularFile(zip) ? tag : Optional.empty();
  }
}
