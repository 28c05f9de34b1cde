package org.coursekit.load;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * What {@link CourseLoader} read from each module, item and assessment file, kept between loads so
 * a file whose bytes did not change is not parsed again: a preview server rebuilding after one edit
 * reads one file, not thousands. A result is reused only while the file has the same SHA-256 and
 * every question its reader asked the course folder (does this image exist, does this path lead
 * outside) still gets the same answer, so a cached load gives exactly what a clean one does.
 *
 * <p>Thread-safe; one cache may serve several courses. It holds about one loaded course per course
 * (files that disappear are dropped at the next load), in memory only.
 */
public final class LoadCache {

  private final ConcurrentMap<Key, Entry> entries = new ConcurrentHashMap<>();
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  public LoadCache() {}

  /** How many file reads the cache has answered, since it was created. */
  public long hits() {
    return hits.sum();
  }

  /** How many files were read and parsed because the cache had no valid result for them. */
  public long misses() {
    return misses.sum();
  }

  /** How many files the cache holds a result for. */
  public int size() {
    return entries.size();
  }

  /**
   * The cached result of {@code file} when it still holds for {@code bytes} in {@code folder};
   * otherwise {@code read} run on a folder view that records the reader's questions, then kept.
   */
  <T> FileResult<T> result(
      CourseFile file,
      byte[] bytes,
      CourseFolder folder,
      Function<CourseFolder, FileResult<T>> read) {
    Key key = new Key(file.path(), file.name());
    byte[] digest = sha256(bytes);
    Entry cached = entries.get(key);
    if (cached != null && cached.holdsFor(digest, folder)) {
      hits.increment();
      @SuppressWarnings("unchecked") // a file's path decides its reader, hence the value type
      FileResult<T> result = (FileResult<T>) cached.result();
      return result;
    }
    misses.increment();
    // One file is read on one thread, so a plain set records its questions.
    Set<PathCheck> checks = new LinkedHashSet<>();
    FileResult<T> result = read.apply(folder.recording(checks::add));
    entries.put(key, new Entry(digest, List.copyOf(checks), result));
    return result;
  }

  /** Forgets the files under {@code root} that are not in {@code present}: they were deleted. */
  void retainOnly(Path root, Set<Path> present) {
    entries.keySet().removeIf(key -> key.path().startsWith(root) && !present.contains(key.path()));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      // MessageDigest instances are not thread-safe, and a new one is cheap.
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform must provide SHA-256", e);
    }
  }

  private record Key(Path path, String name) {}

  /** A file's result, the digest of the bytes it was read from and the questions it depends on. */
  private record Entry(byte[] digest, List<PathCheck> checks, FileResult<?> result) {
    boolean holdsFor(byte[] currentDigest, CourseFolder folder) {
      return MessageDigest.isEqual(digest, currentDigest)
          && checks.stream().allMatch(check -> check.holdsIn(folder));
    }
  }
}
