package org.coursekit.history;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the {@code git} binary in one folder and returns what it printed. Every failure (git not
 * installed, not a repository, a non-zero exit, a hung process) is an empty result, never an
 * exception: history is a bonus for the rules, not a requirement of the build.
 */
final class GitCommand {

  /** Variables that would point git at another repository than the course's own. */
  private static final List<String> REPOSITORY_OVERRIDES =
      List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_PREFIX");

  private final String executable;
  private final Path folder;
  private final Duration timeout;

  GitCommand(String executable, Path folder, Duration timeout) {
    this.executable = executable;
    this.folder = folder;
    this.timeout = timeout;
  }

  /**
   * The standard output of {@code git -C <folder> <arguments>}, decoded as UTF-8, or empty when git
   * cannot be run, fails or takes longer than the timeout.
   */
  Optional<String> run(String... arguments) {
    return runWithInput(new byte[0], arguments).map(bytes -> new String(bytes, UTF_8));
  }

  /**
   * The standard output, as bytes, of {@code git -C <folder> <arguments>} given {@code input} on
   * its standard input (e.g. the requests of {@code cat-file --batch}); empty as for {@link #run}.
   */
  Optional<byte[]> runWithInput(byte[] input, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(executable);
    // Paths are file names, never patterns, and output must never wait for a pager.
    command.addAll(List.of("--no-pager", "--literal-pathspecs", "-C", folder.toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    Map<String, String> environment = builder.environment();
    REPOSITORY_OVERRIDES.forEach(environment::remove);
    environment.put("GIT_TERMINAL_PROMPT", "0");
    environment.put("GIT_OPTIONAL_LOCKS", "0");
    Process process;
    try {
      process = builder.start();
    } catch (IOException | RuntimeException gitMissing) {
      return Optional.empty();
    }
    try {
      return finish(process, input);
    } finally {
      process.destroyForcibly();
    }
  }

  private Optional<byte[]> finish(Process process, byte[] input) {
    try {
      // Read on another thread so that a large output cannot block the input or the wait for the
      // timeout.
      InputStream output = process.getInputStream();
      FutureTask<byte[]> reader = new FutureTask<>(output::readAllBytes);
      Thread thread = new Thread(reader, "coursekit-git-output");
      thread.setDaemon(true);
      thread.start();
      try (OutputStream stdin = process.getOutputStream()) {
        stdin.write(input);
      }
      long deadline = System.nanoTime() + timeout.toNanos();
      if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        return Optional.empty();
      }
      long left = Math.max(0, deadline - System.nanoTime());
      byte[] bytes = reader.get(left, TimeUnit.NANOSECONDS);
      if (process.exitValue() != 0) {
        return Optional.empty();
      }
      return Optional.of(bytes);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (IOException | ExecutionException | TimeoutException e) {
      return Optional.empty();
    }
  }
}
