package org.coursekit.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip that is the same bytes on every rebuild, on any machine and in any time zone:
 * entries in sorted order, every entry time the build timestamp written as a local time of UTC
 * ({@link ZipEntry#setTimeLocal}, which leaves out the time-zone dependent extended timestamp), no
 * comments, no permissions, and only safe relative names.
 */
public final class DeterministicZip {

  /** The earliest time a zip entry can hold; used when the build has no timestamp. */
  static final LocalDateTime NO_TIMESTAMP = LocalDateTime.of(1980, 1, 1, 0, 0);

  /** The latest time a zip entry holds without a time-zone dependent extra field. */
  private static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

  private DeterministicZip() {}

  /**
   * Writes {@code entries} (name to content) to {@code zip}, replacing it.
   *
   * @param timestamp the time given to every entry, or null for 1980-01-01T00:00
   * @throws IllegalArgumentException when a name is absolute, contains {@code ..}, a backslash or
   *     an empty segment
   */
  public static void write(Path zip, SortedMap<String, byte[]> entries, Instant timestamp)
      throws IOException {
    entries.keySet().forEach(DeterministicZip::requireSafeName);
    LocalDateTime time = entryTime(timestamp);
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file)) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        ZipEntry zipEntry = new ZipEntry(entry.getKey());
        zipEntry.setTimeLocal(time);
        out.putNextEntry(zipEntry);
        out.write(entry.getValue());
        out.closeEntry();
      }
    }
  }

  /** The local time every entry gets: the timestamp in UTC, within what a zip can hold. */
  static LocalDateTime entryTime(Instant timestamp) {
    if (timestamp == null) {
      return NO_TIMESTAMP;
    }
    LocalDateTime utc = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC).withNano(0);
    if (utc.isBefore(NO_TIMESTAMP)) {
      return NO_TIMESTAMP;
    }
    return utc.isAfter(LATEST) ? LATEST : utc;
  }

  /** Refuses names that could escape the folder a zip is extracted to, or differ by platform. */
  static void requireSafeName(String name) {
    boolean unsafe =
        name.isEmpty()
            || name.startsWith("/")
            || name.contains("\\")
            || name.contains(":")
            || name.endsWith("/");
    for (String segment : name.split("/", -1)) {
      unsafe |= segment.isEmpty() || segment.equals(".") || segment.equals("..");
    }
    if (unsafe) {
      throw new IllegalArgumentException("Not a safe zip entry name: " + name);
    }
  }
}
