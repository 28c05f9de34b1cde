package org.coursekit.diff;

import java.util.function.UnaryOperator;
import org.jsoup.nodes.Entities;

/**
 * Writes a {@link WordDiff} for people: deleted runs in {@code <del>}, inserted runs in {@code
 * <ins>}, in HTML and in GitHub Markdown (which renders both tags).
 */
final class DiffMarkup {

  private DiffMarkup() {}

  static String html(WordDiff diff) {
    StringBuilder out = new StringBuilder();
    for (WordDiff.Segment segment : diff.segments()) {
      String text = escapeHtml(segment.text());
      switch (segment.kind()) {
        case EQUAL -> out.append(text);
        case DELETED -> out.append("<del>").append(text).append("</del>");
        case INSERTED -> out.append("<ins>").append(text).append("</ins>");
      }
    }
    return out.toString();
  }

  static String markdown(WordDiff diff) {
    StringBuilder out = new StringBuilder();
    for (WordDiff.Segment segment : diff.segments()) {
      String text = escapeMarkdown(segment.text());
      switch (segment.kind()) {
        case EQUAL -> out.append(text);
        case DELETED -> out.append("<del>").append(text).append("</del>");
        case INSERTED -> out.append("<ins>").append(text).append("</ins>");
      }
    }
    return out.toString();
  }

  /** Prose whose `backticked` parts are code: Markdown with those parts kept as code spans. */
  static String proseMarkdown(String text) {
    return prose(text, DiffMarkup::escapeMarkdown, code -> "`" + code + "`");
  }

  /** Prose whose `backticked` parts are code: HTML with those parts in {@code <code>}. */
  static String proseHtml(String text) {
    return prose(text, DiffMarkup::escapeHtml, code -> "<code>" + escapeHtml(code) + "</code>");
  }

  private static String prose(
      String text, UnaryOperator<String> plain, UnaryOperator<String> code) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    String[] parts = text.split("`", -1);
    boolean balanced = parts.length % 2 == 1;
    for (int i = 0; i < parts.length; i++) {
      boolean isCode = balanced && i % 2 == 1 && !parts[i].isEmpty();
      out.append(isCode ? code.apply(parts[i]) : plain.apply(parts[i]));
    }
    return out.toString();
  }

  static String escapeHtml(String text) {
    return text == null ? "" : Entities.escape(text);
  }

  /**
   * Text that GitHub Markdown shows as written: HTML characters as entities, Markdown punctuation
   * escaped, line breaks as spaces (a table cell or list item stays on one line).
   */
  static String escapeMarkdown(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (char c : text.replaceAll("\\s+", " ").toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\\', '`', '*', '_', '[', ']', '|', '#', '~' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
