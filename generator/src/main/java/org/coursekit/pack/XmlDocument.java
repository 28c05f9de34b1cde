package org.coursekit.pack;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small, predictable XML writer for manifests: UTF-8, LF, two-space indentation, attributes in
 * the order given, text and attribute values escaped. Elements hold either text or children.
 */
final class XmlDocument {

  private final StringBuilder out =
      new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  private final Deque<String> open = new ArrayDeque<>();
  private boolean startTagOpen;

  /** Opens {@code name} with attributes given as name, value pairs; null values are left out. */
  XmlDocument start(String name, String... attributes) {
    closeStartTag();
    indent();
    out.append('<').append(name);
    attributes(attributes);
    open.push(name);
    startTagOpen = true;
    return this;
  }

  /** An element with only text: {@code <title>Course</title>}. */
  XmlDocument text(String name, String text, String... attributes) {
    closeStartTag();
    indent();
    out.append('<').append(name);
    attributes(attributes);
    out.append('>').append(escape(text, false)).append("</").append(name).append(">\n");
    return this;
  }

  /** An element without content: {@code <file href="index.html"/>}. */
  XmlDocument empty(String name, String... attributes) {
    closeStartTag();
    indent();
    out.append('<').append(name);
    attributes(attributes);
    out.append("/>\n");
    return this;
  }

  XmlDocument end() {
    String name = open.pop();
    if (startTagOpen) {
      out.append("/>\n");
      startTagOpen = false;
    } else {
      indent();
      out.append("</").append(name).append(">\n");
    }
    return this;
  }

  byte[] bytes() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("Unclosed elements: " + open);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("Attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ')
            .append(attributes[i])
            .append("=\"")
            .append(escape(attributes[i + 1], true))
            .append('"');
      }
    }
  }

  private void closeStartTag() {
    if (startTagOpen) {
      out.append(">\n");
      startTagOpen = false;
    }
  }

  private void indent() {
    out.append("  ".repeat(open.size()));
  }

  /** Escapes markup characters; characters XML 1.0 cannot hold at all are dropped. */
  static String escape(String text, boolean attribute) {
    StringBuilder escaped = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                case '\n', '\t', '\r' ->
                    escaped.append(attribute ? "&#" + c + ";" : Character.toString(c));
                default -> {
                  boolean surrogate = c >= 0xD800 && c <= 0xDFFF;
                  if (c >= 0x20 && !surrogate && c != 0xFFFE && c != 0xFFFF) {
                    escaped.appendCodePoint(c);
                  }
                }
              }
            });
    return escaped.toString();
  }
}
