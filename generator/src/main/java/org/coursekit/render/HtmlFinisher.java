package org.coursekit.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Accessibility and hygiene fixes on rendered Markdown: comments (authors' notes such as {@code
 * <!-- supports: … -->}) removed, task-list checkboxes labelled, wide tables made scrollable and
 * focusable, a heading for footnotes, and heading ids kept clear of the ids page templates use.
 */
final class HtmlFinisher {

  /** Ids the page templates use; a heading that would get one is renamed. */
  private static final Set<String> TEMPLATE_IDS = Set.of("objectives", "objectives-title");

  private static final String TEMPLATE_ID_PREFIX = "ck-";

  private static final Set<String> BLOCKS =
      Set.of("p", "ul", "ol", "div", "blockquote", "pre", "table", "dl", "figure", "hr");

  private HtmlFinisher() {}

  static void finish(Element body) {
    removeComments(body);
    labelTaskItems(body);
    wrapTables(body);
    titleFootnotes(body);
    keepTemplateIdsFree(body);
  }

  private static void removeComments(Element body) {
    List<Node> comments = new ArrayList<>();
    NodeTraversor.traverse(
        (NodeVisitor)
            (node, depth) -> {
              if (node instanceof Comment) {
                comments.add(node);
              }
            },
        body);
    comments.forEach(Node::remove);
  }

  /** Wraps each task-list checkbox and the item's text in a label, so the box has a name. */
  private static void labelTaskItems(Element body) {
    for (Element input : body.select("li > input[type=checkbox][disabled]")) {
      if (input.closest(".quiz") != null) {
        continue;
      }
      Element item = input.parent();
      item.addClass("task-list-item");
      if (item.parent() != null) {
        item.parent().addClass("task-list");
      }
      Node next = input.nextSibling();
      while (next instanceof TextNode text && text.isBlank()) {
        next = next.nextSibling();
      }
      Element label = new Element("label");
      if (next instanceof Element paragraph && paragraph.nameIs("p")) {
        List<Node> content = new ArrayList<>(paragraph.childNodes());
        paragraph.prependChild(label);
        label.appendChild(input);
        content.forEach(label::appendChild);
        continue;
      }
      List<Node> content = new ArrayList<>();
      for (Node sibling = input.nextSibling(); sibling != null; sibling = sibling.nextSibling()) {
        if (sibling instanceof Element element && BLOCKS.contains(element.normalName())) {
          break;
        }
        content.add(sibling);
      }
      input.before(label);
      label.appendChild(input);
      content.forEach(label::appendChild);
    }
  }

  /**
   * A table scrolls sideways inside its own region at narrow widths (WCAG 1.4.10), and the region
   * is focusable so keyboard users can scroll it.
   */
  private static void wrapTables(Element body) {
    for (Element table : body.select("table")) {
      if (table.parent() != null && table.parent().hasClass("table-scroll")) {
        continue;
      }
      String headers =
          table.select("thead th").stream()
              .map(Element::text)
              .filter(text -> !text.isBlank())
              .collect(Collectors.joining(", "));
      Element region =
          new Element("div")
              .addClass("table-scroll")
              .attr("role", "region")
              .attr("tabindex", "0")
              .attr("aria-label", headers.isEmpty() ? "Table" : "Table: " + headers);
      table.before(region);
      region.appendChild(table);
    }
  }

  private static void titleFootnotes(Element body) {
    for (Element section : body.select("section.footnotes")) {
      if (section.selectFirst("h2") == null) {
        section.prependChild(new Element("h2").addClass("visually-hidden").text("Footnotes"));
      }
    }
  }

  private static void keepTemplateIdsFree(Element body) {
    Set<String> used = new HashSet<>();
    body.select("[id]").forEach(element -> used.add(element.id()));
    for (Element heading : body.select("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]")) {
      String id = heading.id();
      if (TEMPLATE_IDS.contains(id) || id.startsWith(TEMPLATE_ID_PREFIX)) {
        String base = id.startsWith(TEMPLATE_ID_PREFIX) ? "h-" + id : id + "-section";
        String free = base;
        for (int n = 2; used.contains(free); n++) {
          free = base + "-" + n;
        }
        used.add(free);
        heading.id(free);
      }
    }
  }
}
