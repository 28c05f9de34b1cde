package org.coursekit.markdown;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.Parser;
import org.coursekit.diag.SourceRef;
import org.coursekit.model.RawMarkup;

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

  /** The raw HTML, link or image of {@code node}, located by {@code at}; empty for other nodes. */
  public static Optional<RawMarkup> markup(Node node, Function<Node, SourceRef> at) {
    if (node instanceof HtmlBlock block) {
      return Optional.of(new RawMarkup(RawMarkup.Kind.HTML, block.getLiteral(), at.apply(node)));
    }
    if (node instanceof HtmlInline inline) {
      return Optional.of(new RawMarkup(RawMarkup.Kind.HTML, inline.getLiteral(), at.apply(node)));
    }
    if (node instanceof Link link) {
      return Optional.of(new RawMarkup(RawMarkup.Kind.LINK, link.getDestination(), at.apply(node)));
    }
    if (node instanceof Image image) {
      return Optional.of(
          new RawMarkup(RawMarkup.Kind.IMAGE, image.getDestination(), at.apply(node)));
    }
    return Optional.empty();
  }

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
   * A parser like {@link #parser()} that gives the same blocks, headings, images, links and raw
   * HTML, but leaves the inline content of other paragraphs and table cells unparsed: what checking
   * a module's structure and markup needs, at a fraction of the cost of a full parse. Blocks are
   * complete before any inline content is parsed, so skipping some inline content cannot change
   * them; an image or link needs a literal {@code [} in the text of its block and inline HTML a
   * {@code <}. The links left out are the bare web and mail addresses the autolink extension finds,
   * which publishing always keeps. Not for rendering.
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
                String text = lines.getContent();
                if (block instanceof Heading || text.indexOf('[') >= 0 || text.indexOf('<') >= 0) {
                  full.parse(lines, block);
                }
              };
            })
        .build();
  }
}
