package org.coursekit.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a course folder and every folder below it (folders created later included) and reports
 * each burst of changes once, as the set of changed files relative to the course folder, after the
 * writes have settled for a moment: an editor's save (write, rename, touch) gives one rebuild, not
 * three. Files that come and go within one burst are left out. Hidden files and editor backups
 * ({@code .#x}, {@code x~}, {@code .x.swp}) are ignored.
 */
final class CourseWatcher implements AutoCloseable {

  /** Quiet time that ends a burst of writes; small next to the one-second reload budget. */
  private static final long SETTLE_MILLIS = 60;

  private final Path root;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
  private final Thread thread;

  private CourseWatcher(Path root, WatchService service, Consumer<Set<String>> onChange) {
    this.root = root;
    this.service = service;
    this.thread = new Thread(() -> loop(onChange), "coursekit-watcher");
    this.thread.setDaemon(true);
  }

  /** Starts watching {@code root}; {@code onChange} runs on the watcher's own thread. */
  static CourseWatcher start(Path root, Consumer<Set<String>> onChange) throws IOException {
    Path absolute = root.toAbsolutePath().normalize();
    CourseWatcher watcher =
        new CourseWatcher(absolute, absolute.getFileSystem().newWatchService(), onChange);
    watcher.registerTree(absolute);
    watcher.thread.start();
    return watcher;
  }

  private void registerTree(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path dir : walk.filter(Files::isDirectory).sorted().toList()) {
        if (dir.equals(root) || !ignored(dir.getFileName().toString())) {
          folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
        }
      }
    }
  }

  private void loop(Consumer<Set<String>> onChange) {
    try {
      while (true) {
        Set<String> changed = new TreeSet<>();
        Set<String> created = new TreeSet<>();
        collect(service.take(), changed, created);
        // Keep collecting until the folder has been quiet for SETTLE_MILLIS.
        WatchKey more;
        while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          collect(more, changed, created);
        }
        if (!changed.isEmpty()) {
          onChange.accept(Set.copyOf(changed));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ClosedWatchServiceException stopped) {
      // close() was called.
    }
  }

  /**
   * Adds the files of {@code key}'s events to {@code changed}. A file created and deleted again in
   * the same burst (an editor's or sed's temporary file) is no change at all.
   */
  private void collect(WatchKey key, Set<String> changed, Set<String> created) {
    Path folder = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW || folder == null) {
        changed.add(".");
        continue;
      }
      Path file = folder.resolve((Path) event.context());
      if (ignored(file.getFileName().toString())) {
        continue;
      }
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(file)) {
        try {
          registerTree(file);
        } catch (IOException gone) {
          // Deleted again before it could be watched: nothing to rebuild from.
        }
      }
      String relative = root.relativize(file).toString().replace('\\', '/');
      if (event.kind() == ENTRY_CREATE) {
        created.add(relative);
      }
      if (event.kind() == ENTRY_DELETE && created.contains(relative)) {
        changed.remove(relative);
      } else {
        changed.add(relative);
      }
    }
    if (!key.reset()) {
      folders.remove(key);
    }
  }

  static boolean ignored(String name) {
    return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp");
  }

  @Override
  public void close() throws IOException {
    service.close();
    thread.interrupt();
  }
}
