package org.coursekit.render;

import java.util.List;

/**
 * The HTML of a Markdown text and what the renderer noticed on the way.
 *
 * @param title the text of the dropped leading level-1 heading, or null
 * @param imagesWithoutAlt images that have no alt text and are not marked decorative
 */
public record RenderedMarkdown(String html, String title, List<MissingAlt> imagesWithoutAlt) {

  /**
   * An image without alt text: its source as written and its 1-based line and column in the
   * rendered Markdown text.
   */
  public record MissingAlt(String source, int line, int column) {}

  public RenderedMarkdown {
    imagesWithoutAlt = List.copyOf(imagesWithoutAlt);
  }
}
