package org.coursekit.serve;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.coursekit.BuildOptions;
import org.coursekit.BuildReport;
import org.coursekit.CourseBuild;
import org.coursekit.diag.Finding;
import org.coursekit.load.CourseLoader;
import org.coursekit.load.LoadCache;
import org.coursekit.model.Course;
import org.coursekit.pack.RuntimePreview;
import org.coursekit.report.FindingsText;

/**
 * Builds the preview site with {@link CourseBuild#site} and keeps the latest {@link PreviewState}.
 * A rebuild holds the write lock while the site folder is replaced, so the server never serves a
 * page from a half-written site; a failed rebuild keeps the previous site and says why. One {@link
 * LoadCache} lives as long as the server, so a rebuild parses only the files that changed.
 */
final class PreviewBuilds {

  private final CourseBuild build;
  private final BuildOptions options;
  private final PreviewConsole console;
  private final CourseLoader loader = new CourseLoader();
  private final LoadCache loadCache = new LoadCache();
  private final ReadWriteLock lock = new ReentrantReadWriteLock(true);
  private final AtomicReference<PreviewState> state =
      new AtomicReference<>(new PreviewState(0, Set.of(), List.of(), () -> null, null));

  PreviewBuilds(CourseBuild build, BuildOptions options, PreviewConsole console) {
    this.build = build.withLoadCache(loadCache);
    this.options = options;
    this.console = console;
  }

  PreviewState state() {
    return state.get();
  }

  /** Held while a page is read from the site folder. */
  java.util.concurrent.locks.Lock readLock() {
    return lock.readLock();
  }

  /**
   * Builds the site again because {@code edited} changed (empty for the first build), prints the
   * findings in those files and a summary, and returns the new state.
   */
  PreviewState rebuild(Set<String> edited) {
    long start = System.nanoTime();
    PreviewState previous = state.get();
    PreviewState next;
    lock.writeLock().lock();
    try {
      BuildReport report = build.site(options);
      next =
          new PreviewState(previous.generation() + 1, edited, report.findings(), runtime(), null);
    } catch (IOException | RuntimeException e) {
      next =
          new PreviewState(
              previous.generation() + 1,
              edited,
              previous.findings(),
              previous.runtime(),
              "The site could not be rebuilt, so the page shows the previous build: " + e);
    } finally {
      lock.writeLock().unlock();
    }
    state.set(next);
    report(next, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    return next;
  }

  /**
   * The LMS panel's data, worked out when a page first asks for it rather than before the reload
   * event, so it never delays the reload; a course that cannot be planned has no panel.
   */
  private Supplier<RuntimePreview> runtime() {
    AtomicReference<Optional<RuntimePreview>> memo = new AtomicReference<>();
    return () -> {
      if (memo.get() == null) {
        Optional<RuntimePreview> computed;
        try {
          Course course = loader.load(options.sourceDirectory(), loadCache).course();
          computed =
              course.program() == null ? Optional.empty() : Optional.of(RuntimePreview.of(course));
        } catch (IOException | RuntimeException e) {
          computed = Optional.empty();
        }
        memo.compareAndSet(null, computed);
      }
      return memo.get().orElse(null);
    };
  }

  private void report(PreviewState built, long millis) {
    if (built.problem() != null) {
      console.error("coursekit: " + built.problem());
    }
    List<Finding> shown = built.edited().isEmpty() ? built.findings() : built.editedFindings();
    shown.forEach(console::finding);
    String what =
        built.edited().isEmpty()
            ? "built the preview"
            : "rebuilt " + String.join(", ", built.edited());
    String edited =
        built.edited().isEmpty()
            ? ""
            : " in the edited files, " + FindingsText.summary(built.findings()) + " in the course";
    console.info(
        "coursekit: " + what + " in " + millis + " ms: " + FindingsText.summary(shown) + edited);
  }
}
