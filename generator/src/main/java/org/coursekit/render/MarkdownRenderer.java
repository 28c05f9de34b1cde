package org.coursekit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.coursekit.markdown.MarkdownSyntax;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Turns course Markdown into HTML for the site: the CourseKit dialect ({@link MarkdownSyntax}) plus
 * heading anchors, GitHub alerts, quiz blocks replaced by quiz widgets, links to sibling {@code
 * .md} files pointed at their {@code .html} pages, decorative images without a title, and no HTML
 * comments. Immutable and thread-safe.
 */
public final class MarkdownRenderer {

  private static final String QUIZ_INFO = "quiz";
  private static final Pattern URL_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private static final String DECORATIVE = "decorative";

  private final Parser parser = MarkdownSyntax.parser();
  private final HtmlRenderer htmlRenderer;

  public MarkdownRenderer() {
    List<Extension> extensions = new ArrayList<>(MarkdownSyntax.EXTENSIONS);
    extensions.add(HeadingAnchorExtension.create());
    this.htmlRenderer =
        HtmlRenderer.builder()
            .extensions(extensions)
            .nodeRendererFactory(AlertRenderer::new)
            .build();
  }

  /** Renders a whole Markdown text. */
  public RenderedMarkdown render(String markdown, MarkdownOptions options) {
    Node document = parser.parse(markdown);
    String title = options.dropLeadingTitle() ? dropLeadingTitle(document) : null;
    Collected found = new Collected();
    document.accept(found);
    shiftHeadings(found.headings, options.minHeadingLevel());
    found.quotes.forEach(MarkdownRenderer::toAlert);
    found.links.forEach(link -> link.setDestination(htmlLink(link.getDestination())));
    List<RenderedMarkdown.MissingAlt> missingAlt = checkImages(found.images);
    replaceQuizzes(found.quizzes, options.quizzes());
    Element body = HtmlFragments.parse(htmlRenderer.render(document));
    HtmlFinisher.finish(body);
    return new RenderedMarkdown(HtmlFragments.serialize(body), title, missingAlt);
  }

  /**
   * Renders a short text (a quiz stem, an option, a definition). A text that is one paragraph comes
   * back without its {@code <p>}, so it can sit in a label or legend.
   */
  public Phrase renderPhrase(String markdown) {
    String html = render(markdown == null ? "" : markdown, MarkdownOptions.fragment(3)).html();
    Element body = HtmlFragments.parse(html);
    if (body.childrenSize() == 1
        && body.child(0).nameIs("p")
        && body.textNodes().stream().allMatch(TextNode::isBlank)) {
      return new Phrase(HtmlFragments.serialize(body.child(0)), true);
    }
    return new Phrase(html, body.childrenSize() == 0 && body.text().isBlank());
  }

  /**
   * HTML of a short text; {@code phrasing} is true when it holds no block elements (it may then go
   * inside a {@code label}, {@code legend} or {@code span}).
   */
  public record Phrase(String html, boolean phrasing) {}

  /** The text content of a Markdown text, as a reader sees it (for search and comparison). */
  public String plainText(String markdown) {
    return HtmlFragments.parse(render(markdown, MarkdownOptions.fragment(3)).html()).text();
  }

  /**
   * Drops the {@code decorative} title of decorative images (their empty alt already hides them)
   * and returns the images that have no alt text and are not marked decorative.
   */
  private static List<RenderedMarkdown.MissingAlt> checkImages(List<Image> images) {
    List<RenderedMarkdown.MissingAlt> missing = new ArrayList<>();
    for (Image image : images) {
      String title = image.getTitle();
      if (title != null && DECORATIVE.equalsIgnoreCase(title.strip())) {
        image.setTitle(null);
      } else if (plainText(image).isBlank()) {
        firstSpan(image)
            .map(
                span ->
                    new RenderedMarkdown.MissingAlt(
                        image.getDestination(), span.getLineIndex() + 1, span.getColumnIndex() + 1))
            .ifPresent(missing::add);
      }
    }
    return missing;
  }

  private static String dropLeadingTitle(Node document) {
    Node first = document.getFirstChild();
    while (first instanceof HtmlBlock block && isComment(block.getLiteral())) {
      first = first.getNext();
    }
    if (first instanceof Heading heading && heading.getLevel() == 1) {
      String title = plainText(heading).strip();
      heading.unlink();
      return title;
    }
    return null;
  }

  private static boolean isComment(String html) {
    String text = html.strip();
    return text.startsWith("<!--") && text.endsWith("-->");
  }

  private static void shiftHeadings(List<Heading> headings, int minLevel) {
    int highest = headings.stream().mapToInt(Heading::getLevel).min().orElse(minLevel);
    int shift = Math.max(0, minLevel - highest);
    for (Heading heading : headings) {
      heading.setLevel(Math.min(6, heading.getLevel() + shift));
    }
  }

  /** A block quote whose first line is {@code [!KIND]} becomes an {@link AlertBlock}. */
  private static void toAlert(BlockQuote quote) {
    if (!(quote.getFirstChild() instanceof Paragraph paragraph)
        || !(paragraph.getFirstChild() instanceof Text marker)) {
      return;
    }
    Node after = marker.getNext();
    boolean alone =
        after == null || after instanceof SoftLineBreak || after instanceof HardLineBreak;
    Optional<AlertBlock.Kind> kind = AlertBlock.Kind.ofMarker(marker.getLiteral());
    if (!alone || kind.isEmpty()) {
      return;
    }
    marker.unlink();
    if (after != null) {
      after.unlink();
    }
    if (paragraph.getFirstChild() == null) {
      paragraph.unlink();
    }
    AlertBlock alert = new AlertBlock(kind.get());
    for (Node child = quote.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      alert.appendChild(child);
      child = next;
    }
    quote.insertBefore(alert);
    quote.unlink();
  }

  /**
   * A relative link to a {@code .md} file points at the page rendered from it: {@code
   * m02-x.md#part} becomes {@code m02-x.html#part}.
   */
  static String htmlLink(String destination) {
    if (destination == null
        || destination.startsWith("#")
        || destination.startsWith("/")
        || URL_SCHEME.matcher(destination).find()) {
      return destination;
    }
    int end = destination.length();
    for (char stop : new char[] {'#', '?'}) {
      int at = destination.indexOf(stop);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    String path = destination.substring(0, end);
    if (!path.toLowerCase(Locale.ROOT).endsWith(".md")) {
      return destination;
    }
    return path.substring(0, path.length() - 3) + ".html" + destination.substring(end);
  }

  private static void replaceQuizzes(List<FencedCodeBlock> blocks, QuizSlots slots) {
    for (int i = 0; i < blocks.size(); i++) {
      FencedCodeBlock block = blocks.get(i);
      List<SourceSpan> spans = block.getSourceSpans();
      int first = spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
      int last = spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex();
      String html = slots.render(i, first, last);
      if (html != null && !html.isBlank()) {
        HtmlBlock widget = new HtmlBlock();
        widget.setLiteral(html);
        block.insertBefore(widget);
      }
      block.unlink();
    }
  }

  private static Optional<SourceSpan> firstSpan(Node node) {
    return node.getSourceSpans().stream().findFirst();
  }

  private static String plainText(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            text.append(t.getLiteral());
          }

          @Override
          public void visit(Code code) {
            text.append(code.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak softLineBreak) {
            text.append(' ');
          }
        });
    return text.toString();
  }

  /** Collects the nodes the renderer changes; they are changed after the walk, not during it. */
  private static final class Collected extends AbstractVisitor {
    final List<Heading> headings = new ArrayList<>();
    final List<BlockQuote> quotes = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final List<Image> images = new ArrayList<>();
    final List<FencedCodeBlock> quizzes = new ArrayList<>();

    @Override
    public void visit(Heading heading) {
      headings.add(heading);
      visitChildren(heading);
    }

    @Override
    public void visit(BlockQuote quote) {
      quotes.add(quote);
      visitChildren(quote);
    }

    @Override
    public void visit(Link link) {
      links.add(link);
      visitChildren(link);
    }

    @Override
    public void visit(Image image) {
      images.add(image);
      visitChildren(image);
    }

    @Override
    public void visit(FencedCodeBlock block) {
      String info = block.getInfo() == null ? "" : block.getInfo().strip();
      String word = info.split("\\s+", 2)[0];
      if (QUIZ_INFO.equals(word)) {
        quizzes.add(block);
      }
    }
  }
}
