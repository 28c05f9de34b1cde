package org.coursekit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** What tests compare folders by: the SHA-256 of every file, and temporary files left behind. */
final class FolderSnapshot {

  private FolderSnapshot() {}

  /** SHA-256 of every file under {@code root}, by relative path with {@code /}. */
  static Map<String, String> hashes(Path root) throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        hashes.put(
            root.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
      }
    }
    return hashes;
  }

  /** The paths added, removed or changed between two {@link #hashes}, each with how. */
  static List<String> differences(Map<String, String> before, Map<String, String> after) {
    Set<String> paths = new TreeSet<>(before.keySet());
    paths.addAll(after.keySet());
    List<String> differences = new ArrayList<>();
    for (String path : paths) {
      String was = before.get(path);
      String is = after.get(path);
      if (was == null) {
        differences.add("added " + path);
      } else if (is == null) {
        differences.add("removed " + path);
      } else if (!was.equals(is)) {
        differences.add("changed " + path);
      }
    }
    return differences;
  }

  /**
   * Files and folders under {@code output} whose name starts with a dot: the staging, swap and
   * scratch folders a build must remove ({@code .site.tmp-…}, {@code .packages.work-…}).
   */
  static List<String> leftovers(Path output) throws IOException {
    if (!Files.isDirectory(output)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(output)) {
      return walk.filter(path -> path.getFileName().toString().startsWith("."))
          .map(path -> output.relativize(path).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
