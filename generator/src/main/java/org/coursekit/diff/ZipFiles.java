package org.coursekit.diff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads the zips a release comes in: a package, or a course folder exported from git. */
final class ZipFiles {

  /** More than any course holds; a larger entry is not read, so a zip bomb cannot fill memory. */
  private static final int MAX_ENTRY_BYTES = 512 * 1024 * 1024;

  private ZipFiles() {}

  /** The files of {@code zip} whose names {@code wanted} accepts, by name. */
  static SortedMap<String, byte[]> read(Path zip, Predicate<String> wanted) throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      Enumeration<? extends ZipEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (!entry.isDirectory() && wanted.test(entry.getName())) {
          try (InputStream in = file.getInputStream(entry)) {
            files.put(entry.getName(), in.readNBytes(MAX_ENTRY_BYTES));
          }
        }
      }
    }
    return files;
  }

  /**
   * Extracts every file of {@code zip} below {@code folder}. An entry whose name would leave the
   * folder ({@code ../}, an absolute path) is skipped.
   */
  static void extract(Path zip, Path folder) throws IOException {
    Path root = folder.toAbsolutePath().normalize();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      Enumeration<? extends ZipEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
          continue;
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = file.getInputStream(entry)) {
          Files.write(target, in.readNBytes(MAX_ENTRY_BYTES));
        }
      }
    }
  }
}
