package org.coursekit.site;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Relative links between site pages: percent-encoded path segments, {@code /} separators. */
final class SitePaths {

  private SitePaths() {}

  /** {@code policies/fee policy.html} becomes {@code policies/fee%20policy.html}. */
  static String href(String relativePath) {
    return Arrays.stream(relativePath.split("/", -1))
        .map(SitePaths::encodeSegment)
        .collect(Collectors.joining("/"));
  }

  /** The way from a page at {@code relativePath} back to the site root: {@code ""}, {@code ../}. */
  static String rootFrom(String relativePath) {
    long depth = relativePath.chars().filter(c -> c == '/').count();
    return "../".repeat((int) depth);
  }

  private static String encodeSegment(String segment) {
    StringBuilder out = new StringBuilder();
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }
}
