package org.coursekit.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The one Markdown dialect of CourseKit: CommonMark plus the GitHub extensions authors expect
 * (tables, strikethrough, autolinks, task lists, footnotes). The loader and the renderer both parse
 * with it, so what is validated is what is published.
 */
public final class MarkdownSyntax {

  /** The commonmark extensions, in a fixed order; renderers register the same list. */
  public static final List<Extension> EXTENSIONS =
      List.of(
          TablesExtension.create(),
          StrikethroughExtension.create(),
          AutolinkExtension.create(),
          TaskListItemsExtension.create(),
          FootnotesExtension.create());

  private MarkdownSyntax() {}

  /**
   * A new parser that records block source spans (0-based line indexes, relative to the text
   * given). Parsers are immutable and thread-safe; callers may keep one.
   */
  public static Parser parser() {
    return Parser.builder()
        .extensions(EXTENSIONS)
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
        .build();
  }
}
