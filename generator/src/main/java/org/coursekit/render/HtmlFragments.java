package org.coursekit.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Parses and serialises HTML fragments with jsoup under one fixed set of output settings, so a
 * post-processed fragment is byte-for-byte the same on every run and platform.
 */
public final class HtmlFragments {

  private HtmlFragments() {}

  /** The fragment as the children of the returned {@code body} element. */
  public static Element parse(String html) {
    Document document = Jsoup.parseBodyFragment(html);
    document
        .outputSettings()
        .prettyPrint(false)
        .charset("UTF-8")
        .escapeMode(Entities.EscapeMode.base)
        .syntax(Document.OutputSettings.Syntax.html);
    return document.body();
  }

  /** The inner HTML of {@code container}, as written to the site. */
  public static String serialize(Element container) {
    return container.html();
  }
}
