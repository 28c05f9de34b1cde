package org.coursekit.report;

/**
 * Text from findings made safe for every report format: characters that XML 1.0 cannot carry and
 * that browsers and Markdown viewers show as boxes (control characters, lone surrogates) become
 * U+FFFD, and line breaks become LF.
 */
final class PlainText {

  private PlainText() {}

  static String clean(String value) {
    StringBuilder clean = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      boolean allowed =
          c == 0x9
              || c == 0xA
              || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
      clean.appendCodePoint(allowed ? c : 0xFFFD);
      i += Character.charCount(c);
    }
    return clean.toString().replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * {@code text} as HTML with its {@code `code`} spans as {@code <code>} elements: finding messages
   * quote ids and values that way. Everything else is escaped; an unpaired backtick stays as it is.
   */
  static String htmlWithCode(String text) {
    String[] parts = clean(text).split("`", -1);
    StringBuilder html = new StringBuilder(text.length() + 16);
    for (int i = 0; i < parts.length; i++) {
      boolean code = i % 2 == 1 && i < parts.length - 1;
      boolean unpaired = i % 2 == 1 && i == parts.length - 1;
      if (code) {
        html.append("<code>").append(escapeHtml(parts[i])).append("</code>");
      } else {
        html.append(unpaired ? "`" : "").append(escapeHtml(parts[i]));
      }
    }
    return html.toString();
  }

  private static String escapeHtml(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
