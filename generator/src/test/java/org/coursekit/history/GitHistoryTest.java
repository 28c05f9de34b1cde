package org.coursekit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GitHistory against real repositories that each test builds with fixed commit dates. */
class GitHistoryTest {

  private static boolean gitInstalled;

  @BeforeAll
  static void findGit() {
    try {
      Process process = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      gitInstalled = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      gitInstalled = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      gitInstalled = false;
    }
  }

  /** A repository in a temporary folder, changed only through this class. */
  private static final class Repository {
    private final Path root;

    Repository(Path root) {
      this.root = root;
      git(null, "init", "-q");
      // `init -b` needs git 2.28; this names the first branch on any version.
      git(null, "symbolic-ref", "HEAD", "refs/heads/main");
    }

    Repository write(String file, String text) throws IOException {
      Path path = root.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
      return this;
    }

    Repository delete(String file) throws IOException {
      Files.delete(root.resolve(file));
      return this;
    }

    Repository commit(String date, String message) {
      git(null, "add", "-A");
      git(date + "T12:00:00+00:00", "commit", "-q", "-m", message);
      return this;
    }

    Repository tag(String name) {
      git(null, "tag", name);
      return this;
    }

    Repository git(String date, String... arguments) {
      run(date, arguments);
      return this;
    }

    /** What {@code git <arguments>} prints (standard output and error). */
    String run(String date, String... arguments) {
      List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
      command.addAll(
          List.of(
              "-c", "user.name=Course Author",
              "-c", "user.email=author@example.org",
              "-c", "commit.gpgsign=false",
              "-c", "tag.gpgsign=false"));
      command.addAll(List.of(arguments));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      Map<String, String> environment = builder.environment();
      environment.put("GIT_CONFIG_NOSYSTEM", "1");
      environment.put("GIT_CONFIG_GLOBAL", root.resolve(".no-global-config").toString());
      if (date != null) {
        environment.put("GIT_AUTHOR_DATE", date);
        environment.put("GIT_COMMITTER_DATE", date);
      }
      try {
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("git %s: %s", arguments, output).isZero();
        return output;
      } catch (IOException e) {
        throw new AssertionError(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /**
   * The dates come from one walk of the history; each must be what {@code git log -1 -- <file>}
   * says, through a merged branch, a rename, a deletion and names with spaces and umlauts.
   */
  @Test
  void eachDateIsTheOneGitLogGivesForThatFile(@TempDir Path root) throws IOException {
    assumeTrue(gitInstalled, "git is not installed");
    Repository repository =
        new Repository(root)
            .write("a.md", "a\n")
            .write("b.md", "b\n")
            .write("dir/c ä.md", "c\n")
            .write("gone.md", "g\n")
            .commit("2025-01-10", "Start")
            .git(null, "checkout", "-q", "-b", "feature")
            .write("b.md", "b changed on a branch\n")
            .commit("2025-02-01", "Branch work")
            .git(null, "checkout", "-q", "main")
            .write("a.md", "a changed on main\n")
            .commit("2025-02-05", "Main work")
            .git("2025-02-10T12:00:00+00:00", "merge", "-q", "--no-ff", "-m", "Merge", "feature")
            .git(null, "mv", "a.md", "e.md")
            .delete("gone.md")
            .commit("2025-03-01", "Rename and delete");

    CourseHistory history = GitHistory.open(root);

    for (String file : List.of("a.md", "b.md", "dir/c ä.md", "e.md", "gone.md", "never.md")) {
      String perFile = repository.run(null, "log", "-1", "--format=%cs", "--", file).strip();
      assertThat(history.lastChanged(file).map(LocalDate::toString).orElse(""))
          .as(file)
          .isEqualTo(perFile);
    }
    assertThat(history.lastChanged("b.md")).contains(LocalDate.of(2025, 2, 1));
  }

  @Test
  void aFolderOutsideAnyRepositoryHasNoHistory(@TempDir Path folder) {
    assumeTrue(gitInstalled, "git is not installed");

    assertThat(GitHistory.open(folder)).isSameAs(CourseHistory.NONE);
  }

  @Test
  void aMissingGitBinaryMeansNoHistoryInsteadOfAnError(@TempDir Path folder) {
    CourseHistory history =
        GitHistory.open(folder, folder.resolve("no-such-git").toString(), Duration.ofSeconds(5));

    assertThat(history).isSameAs(CourseHistory.NONE);
  }

  @Test
  void aMissingCourseFolderMeansNoHistory(@TempDir Path folder) {
    assertThat(GitHistory.open(folder.resolve("missing"))).isSameAs(CourseHistory.NONE);
  }

  @Test
  void theHighestReleaseTagIsChosenByNumberNotByName() {
    assertThat(GitHistory.highestRelease("v1.2.0\nv1.10.0\n1.9.9\nv2.0.0-rc.1\nlatest\n"))
        .contains("v1.10.0");
    assertThat(GitHistory.highestRelease("nightly\nv1.0\n")).isEmpty();
  }

  @Nested
  class CourseInASubfolderOfARepository {

    private Repository repository;
    private Path course;

    /**
     * main: c1 (2025-01-10, tag v1.2.0), c2 (2025-02-01, tag v1.10.0), c3 (2025-03-05, tag v1.3.0,
     * lower than v1.10.0 although newer); side branch: c4 (2025-04-01, tag v9.0.0, not reachable
     * from main).
     */
    private void build(Path root) throws IOException {
      repository = new Repository(root);
      course = root.resolve("courses/cell handling");
      repository
          .write("courses/cell handling/program.yml", "version: 1.0.0\n")
          .write("courses/cell handling/modules/m01.md", "---\nid: m01\n---\n")
          .write("courses/cell handling/items/secure/Q-1.yml", "id: Q-1\n")
          .write("README.md", "repository readme\n")
          .commit("2025-01-10", "First version")
          .tag("v1.2.0")
          .write("courses/cell handling/program.yml", "version: 1.1.0\n")
          .write("courses/cell handling/items/secure/Q-ä 2.yml", "id: Q-2\n")
          .commit("2025-02-01", "Second version")
          .tag("v1.10.0")
          .write("courses/cell handling/modules/m01.md", "---\nid: m01\ntitle: Receipt\n---\n")
          .delete("courses/cell handling/items/secure/Q-1.yml")
          .commit("2025-03-05", "Third version")
          .tag("v1.3.0")
          .tag("release-candidate")
          .git(null, "checkout", "-q", "-b", "side")
          .write("courses/cell handling/program.yml", "version: 9.0.0\n")
          .commit("2025-04-01", "Side branch")
          .tag("v9.0.0")
          .git(null, "checkout", "-q", "main");
    }

    @Test
    void readsDatesOfTheLastCommitThatChangedEachFile(@TempDir Path root) throws IOException {
      assumeTrue(gitInstalled, "git is not installed");
      build(root);

      CourseHistory history = GitHistory.open(course);

      assertThat(history.available()).isTrue();
      assertThat(history.lastChanged("program.yml")).contains(LocalDate.of(2025, 2, 1));
      assertThat(history.lastChanged("modules/m01.md")).contains(LocalDate.of(2025, 3, 5));
      assertThat(history.lastChanged("items/secure/Q-ä 2.yml")).contains(LocalDate.of(2025, 2, 1));
      assertThat(history.lastChanged("items/secure/missing.yml")).isEmpty();
    }

    /** Thousands of files must not mean thousands of git processes. */
    @Test
    void datesAndReleasedFilesTakeOneGitProcessEachHoweverManyFilesAreAsked(@TempDir Path root)
        throws IOException {
      assumeTrue(gitInstalled, "git is not installed");
      build(Files.createDirectories(root.resolve("repository")));
      Path calls = root.resolve("calls.txt");
      Path wrapper = root.resolve("git-wrapper.sh");
      Files.writeString(wrapper, "#!/bin/sh\necho \"$*\" >> '" + calls + "'\nexec git \"$@\"\n");
      wrapper.toFile().setExecutable(true);
      List<String> files =
          List.of(
              "program.yml", "modules/m01.md", "items/secure/Q-ä 2.yml", "items/secure/Q-1.yml");

      CourseHistory history = GitHistory.open(course, wrapper.toString(), Duration.ofSeconds(30));
      Files.deleteIfExists(calls);
      for (String file : files) {
        history.lastChanged(file);
        history.atLastRelease(file);
      }

      List<String> subcommands =
          Files.readAllLines(calls).stream()
              .map(line -> line.replaceFirst("^.* -C .*?/cell handling ", "").split(" ")[0])
              .toList();
      assertThat(subcommands).containsExactlyInAnyOrder("log", "ls-tree", "cat-file");
      assertThat(history.atLastRelease("items/secure/Q-1.yml")).contains("id: Q-1\n");
      assertThat(history.lastChanged("items/secure/Q-1.yml")).contains(LocalDate.of(2025, 3, 5));
    }

    @Test
    void uncommittedFilesHaveNoDate(@TempDir Path root) throws IOException {
      assumeTrue(gitInstalled, "git is not installed");
      build(root);
      repository.write("courses/cell handling/modules/m02.md", "---\nid: m02\n---\n");

      assertThat(GitHistory.open(course).lastChanged("modules/m02.md")).isEmpty();
    }

    @Test
    void readsFilesAsTheyWereAtTheHighestReleaseTagReachableFromHead(@TempDir Path root)
        throws IOException {
      assumeTrue(gitInstalled, "git is not installed");
      build(root);

      CourseHistory history = GitHistory.open(course);

      assertThat(history.lastReleaseName()).contains("v1.10.0");
      assertThat(history.atLastRelease("program.yml")).contains("version: 1.1.0\n");
      assertThat(history.atLastRelease("modules/m01.md")).contains("---\nid: m01\n---\n");
      assertThat(history.atLastRelease("modules/m02.md")).isEmpty();
      assertThat(history.atLastRelease("items/secure/Q-ä 2.yml")).contains("id: Q-2\n");
      assertThat(history.filesAtLastRelease("items/secure"))
          .containsExactly("items/secure/Q-1.yml", "items/secure/Q-ä 2.yml");
      assertThat(history.filesAtLastRelease(""))
          .containsExactly(
              "items/secure/Q-1.yml", "items/secure/Q-ä 2.yml", "modules/m01.md", "program.yml");
      assertThat(history.filesAtLastRelease("assessments")).isEmpty();
    }

    @Test
    void aRepositoryWithoutReleaseTagsStillHasDates(@TempDir Path root) throws IOException {
      assumeTrue(gitInstalled, "git is not installed");
      repository = new Repository(root);
      repository.write("program.yml", "version: 0.1.0\n").commit("2024-12-24", "Start");

      CourseHistory history = GitHistory.open(root);

      assertThat(history.available()).isTrue();
      assertThat(history.lastReleaseName()).isEmpty();
      assertThat(history.atLastRelease("program.yml")).isEmpty();
      assertThat(history.filesAtLastRelease("")).isEmpty();
      assertThat(history.lastChanged("program.yml")).contains(LocalDate.of(2024, 12, 24));
    }

    @Test
    void aRepositoryWithoutCommitsIsAvailableButEmpty(@TempDir Path root) throws IOException {
      assumeTrue(gitInstalled, "git is not installed");
      repository = new Repository(root);
      repository.write("program.yml", "version: 0.1.0\n");

      CourseHistory history = GitHistory.open(root);

      assertThat(history.available()).isTrue();
      assertThat(history.lastReleaseName()).isEmpty();
      assertThat(history.lastChanged("program.yml")).isEmpty();
    }
  }

  /** ReleaseLog: the commit, tag and changelog an evidence bundle records. */
  @Nested
  class ReleaseLogs {

    @Test
    void theChangelogStartsAtThePreviousReleaseAndNamesTheTagOnHead(@TempDir Path root)
        throws IOException {
      assumeTrue(gitInstalled, "git is not installed");
      Repository repository = new Repository(root);
      repository
          .write("course/program.yml", "version: 1.0.0\n")
          .commit("2026-01-05", "First release")
          .tag("v1.0.0")
          .write("course/modules/m01.md", "# One\n")
          .commit("2026-02-01", "Add module one")
          .write("elsewhere.txt", "not the course\n")
          .commit("2026-02-02", "Change something outside the course")
          .write("course/program.yml", "version: 1.1.0\n")
          .commit("2026-03-01", "Release 1.1.0")
          .tag("v1.1.0");

      ReleaseLog log = ReleaseLog.read(root.resolve("course"));

      assertThat(log.commit()).matches("[0-9a-f]{40}");
      assertThat(log.tag()).isEqualTo("v1.1.0");
      assertThat(log.previousTag()).isEqualTo("v1.0.0");
      assertThat(log.changes())
          .extracting(ReleaseLog.Change::date, ReleaseLog.Change::subject)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("2026-03-01", "Release 1.1.0"),
              org.assertj.core.groups.Tuple.tuple("2026-02-01", "Add module one"));
      assertThat(log.changes()).allMatch(c -> c.author().equals("Course Author"));
    }

    @Test
    void withoutAReleaseTagEveryCommitIsInTheChangelog(@TempDir Path root) throws IOException {
      assumeTrue(gitInstalled, "git is not installed");
      new Repository(root).write("program.yml", "version: 0.1.0\n").commit("2026-01-05", "Start");

      ReleaseLog log = ReleaseLog.read(root);

      assertThat(log.tag()).isNull();
      assertThat(log.previousTag()).isNull();
      assertThat(log.changes()).extracting(ReleaseLog.Change::subject).containsExactly("Start");
    }

    @Test
    void aFolderOutsideGitHasNoReleaseLog(@TempDir Path root) {
      assumeTrue(gitInstalled, "git is not installed");
      assertThat(ReleaseLog.read(root)).isEqualTo(ReleaseLog.NONE);
    }
  }
}
