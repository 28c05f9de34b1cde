package org.coursekit.history;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the output of {@code git cat-file --batch}: per request a header line {@code <id> <type>
 * <size>} followed by that many bytes and a line break, or {@code <request> missing}.
 */
final class CatFileBatch {

  private CatFileBatch() {}

  /**
   * The text of each of {@code files}, in request order, that is a blob; empty when the output does
   * not have the expected shape.
   */
  static Optional<Map<String, String>> contents(byte[] output, List<String> files) {
    Map<String, String> texts = new HashMap<>();
    int at = 0;
    for (String file : files) {
      int lineEnd = indexOf(output, (byte) '\n', at);
      if (lineEnd < 0) {
        return Optional.empty();
      }
      String[] header = new String(output, at, lineEnd - at, StandardCharsets.UTF_8).split(" ");
      at = lineEnd + 1;
      if (header.length == 3 && header[2].matches("\\d{1,18}")) {
        // In long arithmetic: a size that does not fit the output means a broken reply.
        long size = Long.parseLong(header[2]);
        if (at + size > output.length) {
          return Optional.empty();
        }
        if (header[1].equals("blob")) {
          texts.put(file, new String(output, at, (int) size, StandardCharsets.UTF_8));
        }
        at += (int) size + 1;
      } else if (!header[header.length - 1].equals("missing")) {
        return Optional.empty();
      }
    }
    return Optional.of(Map.copyOf(texts));
  }

  private static int indexOf(byte[] bytes, byte wanted, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }
}
