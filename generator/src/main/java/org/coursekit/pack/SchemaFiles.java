package org.coursekit.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** The bundled conformance schemas, read from the class path by {@code xsd/index.txt}. */
final class SchemaFiles {

  private SchemaFiles() {}

  /** The files of {@code xsd/<folder>/}, by their path relative to that folder. */
  static SortedMap<String, byte[]> folder(String folder) throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    String prefix = folder + "/";
    for (String line : index()) {
      if (line.startsWith(prefix)) {
        try (InputStream in = ManifestValidator.resource(line).openStream()) {
          files.put(line.substring(prefix.length()), in.readAllBytes());
        }
      }
    }
    return files;
  }

  private static List<String> index() throws IOException {
    try (InputStream in = ManifestValidator.resource("index.txt").openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    }
  }
}
