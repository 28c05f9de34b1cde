package org.coursekit.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Runs one task per index on every core, in a pool of the build's own (not the JVM's common pool,
 * which a host such as Maven may share), and returns the results in index order.
 */
final class Parallel {

  /** A task that may fail with an I/O error. */
  @FunctionalInterface
  interface Task<T> {
    T run(int index) throws IOException;
  }

  private Parallel() {}

  static <T> List<T> map(int count, Task<T> task) throws IOException {
    int threads = Math.max(1, Math.min(count, Runtime.getRuntime().availableProcessors()));
    if (threads == 1) {
      return IntStream.range(0, count).mapToObj(index -> call(task, index)).toList();
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(
              () ->
                  IntStream.range(0, count)
                      .parallel()
                      .mapToObj(index -> call(task, index))
                      .toList())
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("The site build was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    } finally {
      // A failed task ends the call at once while its siblings may still be writing pages:
      // wait for them, so the caller's clean-up of the output runs after the last write.
      pool.shutdown();
      awaitEnd(pool);
    }
  }

  private static void awaitEnd(ForkJoinPool pool) {
    boolean interrupted = false;
    while (!pool.isTerminated()) {
      try {
        pool.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        interrupted = true;
        pool.shutdownNow();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static <T> T call(Task<T> task, int index) {
    try {
      return task.run(index);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
