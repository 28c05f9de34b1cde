package org.coursekit.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes an {@link AlertBlock} as {@code <div class="alert alert-warning" role="note">} with a
 * visible title, so the kind of alert is conveyed by text and not by colour or icon alone.
 */
final class AlertRenderer implements NodeRenderer {

  private final HtmlNodeRendererContext context;

  AlertRenderer(HtmlNodeRendererContext context) {
    this.context = context;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(AlertBlock.class);
  }

  @Override
  public void render(Node node) {
    AlertBlock alert = (AlertBlock) node;
    HtmlWriter html = context.getWriter();
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("class", "alert " + alert.kind().cssClass());
    attributes.put("role", "note");
    html.line();
    html.tag("div", context.extendAttributes(node, "div", attributes));
    html.line();
    html.tag("p", Map.of("class", "alert-title"));
    html.text(alert.kind().title());
    html.tag("/p");
    html.line();
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      context.render(child);
      child = next;
    }
    html.line();
    html.tag("/div");
    html.line();
  }
}
