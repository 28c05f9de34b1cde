package org.coursekit.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import org.coursekit.model.HtmlAllowList;
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
  private final HtmlSanitiser sanitiser;

  /** A renderer that publishes only the default safe HTML ({@link HtmlSanitiser}). */
  public MarkdownRenderer() {
    this(HtmlSanitiser.of(HtmlAllowList.NONE));
  }

  /** A renderer that also publishes the raw HTML a course's coursekit.yml allows. */
  public MarkdownRenderer withHtml(HtmlAllowList allow) {
    return new MarkdownRenderer(HtmlSanitiser.of(allow));
  }

  private MarkdownRenderer(HtmlSanitiser sanitiser) {
    this.sanitiser = sanitiser;
    List<Extension> extensions = new ArrayList<>(MarkdownSyntax.EXTENSIONS);
    extensions.add(HeadingAnchorExtension.create());
    this.htmlRenderer =
        HtmlRenderer.builder()
            .extensions(extensions)
            .nodeRendererFactory(AlertRenderer::new)
            .build();
  }

  /**
   * What publishing {@code markdown} removes from its raw HTML, links and images, with positions.
   */
  public List<HtmlSanitiser.Removal> removals(String markdown) {
    return sanitiser.removalsInMarkdown(markdown);
  }

  /** Renders a whole Markdown text. */
  public RenderedMarkdown render(String markdown, MarkdownOptions options) {
    Tree tree = renderTree(markdown, options);
    return new RenderedMarkdown(
        HtmlFragments.serialize(tree.body()), tree.title(), tree.imagesWithoutAlt());
  }

  /**
   * A rendered text as the children of a jsoup {@code body} element (see {@link HtmlFragments}),
   * for callers that change it further (glossary links) before they serialise it: the HTML is
   * parsed once per page, not once per step.
   */
  public record Tree(
      Element body, String title, List<RenderedMarkdown.MissingAlt> imagesWithoutAlt) {}

  /** Like {@link #render}, but returns the finished HTML as a tree. */
  public Tree renderTree(String markdown, MarkdownOptions options) {
    Node document = parser.parse(markdown);
    String title = options.dropLeadingTitle() ? dropLeadingTitle(document) : null;
    Collected found = new Collected();
    document.accept(found);
    shiftHeadings(found.headings, options.minHeadingLevel());
    found.quotes.forEach(MarkdownRenderer::toAlert);
    found.links.forEach(link -> link.setDestination(htmlLink(link.getDestination())));
    List<RenderedMarkdown.MissingAlt> missingAlt = checkImages(found.images);
    Map<String, String> widgets = replaceQuizzes(found.quizzes, options.quizzes());
    // Authors' raw HTML and link targets are sanitised; the quiz widgets, CourseKit's own
    // markup, are put in afterwards.
    Element body = HtmlFragments.parse(htmlRenderer.render(document));
    sanitiser.clean(body);
    insertWidgets(body, widgets);
    HtmlFinisher.finish(body);
    return new Tree(body, title, missingAlt);
  }

  /**
   * Renders a short text (a quiz stem, an option, a definition). A text that is one paragraph comes
   * back without its {@code <p>}, so it can sit in a label or legend.
   */
  public Phrase renderPhrase(String markdown) {
    if (markdown != null && PLAIN_PHRASE.matcher(markdown).matches()) {
      // Most quiz options and stems are one plain sentence: commonmark would only wrap it in a
      // paragraph and escape it, so skip the parse and the two HTML round trips.
      return new Phrase(escapeText(markdown), true);
    }
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
   * One line of words, digits, spaces and plain punctuation, starting with a letter: no Markdown
   * syntax (emphasis, links, code, HTML, entities, escapes, list or heading markers), nothing the
   * autolink extension would link ({@code www.}, {@code :} of a URL or e-mail {@code @}), and no
   * run of spaces or tab that commonmark would treat differently from the text.
   */
  private static final Pattern PLAIN_PHRASE =
      Pattern.compile("(?!.*(?i:www)\\.)\\p{L}(?:[\\p{L}\\p{N},.;?'\"()/%-]| (?! ))*+(?<![ ])");

  /** Text as commonmark renders it in a paragraph and jsoup writes it back (base escaping). */
  private static String escapeText(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /**
   * HTML of a short text; {@code phrasing} is true when it holds no block elements (it may then go
   * inside a {@code label}, {@code legend} or {@code span}).
   */
  public record Phrase(String html, boolean phrasing) {}

  /** The text content of a Markdown text, as a reader sees it (for search and comparison). */
  public String plainText(String markdown) {
    if (markdown != null && PLAIN_PHRASE.matcher(markdown).matches()) {
      return markdown;
    }
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

  /**
   * Replaces each quiz block with a placeholder paragraph and returns the widget HTML by
   * placeholder text. The placeholders carry a random key, so no author's text can pose as one.
   */
  private static Map<String, String> replaceQuizzes(List<FencedCodeBlock> blocks, QuizSlots slots) {
    Map<String, String> widgets = new LinkedHashMap<>();
    String key = blocks.isEmpty() ? "" : "ck-quiz-slot-" + UUID.randomUUID() + "-";
    for (int i = 0; i < blocks.size(); i++) {
      FencedCodeBlock block = blocks.get(i);
      List<SourceSpan> spans = block.getSourceSpans();
      int first = spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
      int last = spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex();
      String html = slots.render(i, first, last);
      if (html != null && !html.isBlank()) {
        HtmlBlock placeholder = new HtmlBlock();
        placeholder.setLiteral("<p>" + key + i + "</p>");
        block.insertBefore(placeholder);
        widgets.put(key + i, html);
      }
      block.unlink();
    }
    return widgets;
  }

  private static void insertWidgets(Element body, Map<String, String> widgets) {
    if (widgets.isEmpty()) {
      return;
    }
    for (Element paragraph : body.select("p")) {
      String widget = widgets.get(paragraph.text());
      if (widget != null) {
        // The placeholder's own line end stays, so the widget's is dropped.
        paragraph.before(widget.endsWith("\n") ? widget.substring(0, widget.length() - 1) : widget);
        paragraph.remove();
      }
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
