package org.coursekit.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Heading;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParser;
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

  /**
   * A parser like {@link #parser()} that gives the same blocks, headings and images, but leaves the
   * inline content of other paragraphs and table cells unparsed: what checking a module's structure
   * needs (sections, supports comments, quiz blocks, images), at about half the cost of a full
   * parse. Blocks are complete before any inline content is parsed, so skipping some inline content
   * cannot change them, an image needs a literal {@code ![} in the text of its block, and a link
   * that leaves the course a {@code ..}. Not for rendering.
   */
  public static Parser structureParser() {
    return Parser.builder()
        .extensions(EXTENSIONS)
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
        .inlineParserFactory(
            context -> {
              // The default inline parser, with the extensions' inline syntax from the context;
              // commonmark-java offers no public way to wrap it.
              InlineParser full = new InlineParserImpl(context);
              return (lines, block) -> {
                // `..`: a link that may climb out of the course folder (SEC-002) is checked too.
                String text = lines.getContent();
                if (block instanceof Heading || text.contains("![") || text.contains("..")) {
                  full.parse(lines, block);
                }
              };
            })
        .build();
  }
}
