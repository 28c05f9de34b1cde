package org.coursekit.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;
import org.coursekit.diag.SourceRef;
import org.coursekit.markdown.MarkdownSyntax;
import org.coursekit.model.HtmlAllowList;
import org.coursekit.model.RawMarkup;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Keeps only safe HTML in published pages: the elements and attributes CourseKit's own Markdown
 * produces plus the common harmless ones authors write ({@code details}, {@code kbd}, {@code
 * abbr}…), and links and images only to web addresses or paths. Script, event handlers ({@code
 * on…}), {@code javascript:} and {@code data:} URLs, frames, styles and forms are removed unless
 * coursekit.yml's {@code html.allow} names them; script and event handlers can never be allowed.
 *
 * <p>jsoup's {@link Safelist} decides, for {@link #clean} and {@link #removals} alike, so what is
 * reported is exactly what is removed. Immutable and thread-safe.
 */
public final class HtmlSanitiser {

  /** Rule id of raw HTML, links or images that publishing removed. */
  public static final String RULE = "SEC-001";

  private static final String ALLOW_EXAMPLE =
      "html: { allow: { tags: [iframe], attributes: { iframe: [src, title] } } }";

  /** Relative links and image paths are resolved against this to check their protocol only. */
  private static final String BASE = "https://course.invalid/modules/";

  /** Attributes whose value is a URL: an allowed one still takes web addresses and paths only. */
  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "cite", "action", "formaction", "poster", "data", "background");

  /** Elements that can never be allowed: they run script or redirect the whole page. */
  private static final Set<String> NEVER_TAGS = Set.of("script", "base", "meta");

  /** Attributes that can never be allowed: they run script. */
  private static final Set<String> NEVER_ATTRIBUTES = Set.of("srcdoc", "http-equiv");

  private final Safelist safelist;
  private final Parser parser = MarkdownSyntax.parser();

  private HtmlSanitiser(Safelist safelist) {
    this.safelist = safelist;
  }

  /** The default allow-list widened by {@code allow} (names that can never be allowed skipped). */
  public static HtmlSanitiser of(HtmlAllowList allow) {
    Safelist safelist = defaults();
    for (String tag : allow.tags()) {
      if (refusal(tag, null).isEmpty()) {
        safelist.addTags(tag);
      }
    }
    allow
        .attributes()
        .forEach(
            (tag, names) -> {
              for (String name : names) {
                if (refusal(tag, name).isEmpty()) {
                  safelist.addAttributes(tag, name);
                  if (URL_ATTRIBUTES.contains(name)) {
                    safelist.addProtocols(tag, name, "http", "https");
                  }
                }
              }
            });
    return new HtmlSanitiser(safelist);
  }

  /**
   * Why {@code tag} (with {@code attribute} null) or {@code attribute} of {@code tag} can never be
   * allowed, or empty when it may be.
   */
  public static Optional<String> refusal(String tag, String attribute) {
    if (attribute == null) {
      return NEVER_TAGS.contains(tag.toLowerCase(Locale.ROOT))
          ? Optional.of("`<" + tag + ">` runs script or redirects the page")
          : Optional.empty();
    }
    String name = attribute.toLowerCase(Locale.ROOT);
    if (name.startsWith("on") || NEVER_ATTRIBUTES.contains(name)) {
      return Optional.of("`" + attribute + "` runs script in the learner's browser");
    }
    return Optional.empty();
  }

  private static Safelist defaults() {
    return Safelist.relaxed()
        .addTags(
            "details",
            "summary",
            "kbd",
            "samp",
            "var",
            "abbr",
            "mark",
            "del",
            "ins",
            "s",
            "hr",
            "figure",
            "figcaption",
            "section",
            "input",
            "time",
            "ruby",
            "rt",
            "rp",
            "bdi",
            "wbr")
        .addAttributes(
            ":all", "id", "class", "title", "lang", "dir", "role", "aria-label", "aria-hidden")
        .addAttributes("th", "align")
        .addAttributes("td", "align")
        .addAttributes("details", "open")
        .addAttributes("input", "type", "checked", "disabled")
        .addAttributes("section", "data-footnotes")
        .addAttributes(
            "a", "data-footnote-ref", "data-footnote-backref", "data-footnote-backref-idx")
        .addProtocols("a", "href", "tel")
        .preserveRelativeLinks(true);
  }

  /**
   * Removes from {@code body}, in place, every element and attribute the allow-list does not allow.
   * As jsoup's {@link Cleaner} does, a removed element's text and allowed children stay and the
   * content of a removed {@code script} or {@code style} goes; unlike it, kept attributes are left
   * exactly as they were, so safe pages are published byte for byte as rendered.
   */
  public void clean(Element body) {
    Document shell = Document.createShell(BASE);
    Element dirty = shell.body();
    dirty.appendChildren(new ArrayList<>(body.childNodes()));
    for (Element element : dirty.getAllElements()) {
      if (element == dirty) {
        continue;
      }
      String tag = element.normalName();
      if (!safelist.isSafeTag(tag)) {
        new ArrayList<>(element.dataNodes()).forEach(org.jsoup.nodes.Node::remove);
        element.unwrap();
        continue;
      }
      List<String> unsafe = new ArrayList<>();
      for (Attribute attribute : element.attributes()) {
        if (!safelist.isSafeAttribute(tag, element, attribute)) {
          unsafe.add(attribute.getKey());
        }
      }
      unsafe.forEach(element::removeAttr);
    }
    body.appendChildren(new ArrayList<>(dirty.childNodes()));
  }

  /**
   * What {@link #clean} would remove from {@code html}, one raw HTML block or tag as written, in
   * words ("the `<script>` element", "the `onclick` attribute of `<img>`"), in order, each once.
   */
  public List<String> removals(String html) {
    Set<String> removed = new LinkedHashSet<>();
    Element body = Jsoup.parseBodyFragment(html, BASE).body();
    for (Element element : body.getAllElements()) {
      if (element == body) {
        continue;
      }
      String tag = element.normalName();
      if (!safelist.isSafeTag(tag)) {
        removed.add("the `<" + tag + ">` element");
        continue;
      }
      for (Attribute attribute : element.attributes()) {
        if (!safelist.isSafeAttribute(tag, element, attribute)) {
          removed.add(attributeRemoval(tag, attribute));
        }
      }
    }
    return List.copyOf(removed);
  }

  /** Why the link ({@code a}) or image ({@code img}) target {@code url} is removed, or empty. */
  public Optional<String> unsafeUrl(String tag, String url) {
    // Without a colon there is no scheme: a path, resolved against the course's own address.
    if (url == null || url.isBlank() || url.indexOf(':') < 0) {
      return Optional.empty();
    }
    String key = "img".equals(tag) ? "src" : "href";
    Element element = Jsoup.parseBodyFragment("", BASE).body().appendElement(tag).attr(key, url);
    Attribute attribute = element.attribute(key);
    return safelist.isSafeAttribute(tag, element, attribute)
        ? Optional.empty()
        : Optional.of(attributeRemoval(tag, attribute));
  }

  /**
   * What {@link #clean} would remove of {@code markup}, in words; empty when it is published as
   * written. {@code judged} remembers the answers for raw HTML, which repeats a lot (a big table,
   * the same tag in every module), so each literal is judged once per map.
   */
  public List<String> removals(RawMarkup markup, Map<String, List<String>> judged) {
    return switch (markup.kind()) {
      case HTML -> judged.computeIfAbsent(markup.text(), this::removals);
      case LINK -> unsafeUrl("a", markup.text()).map(List::of).orElse(List.of());
      case IMAGE -> unsafeUrl("img", markup.text()).map(List::of).orElse(List.of());
    };
  }

  /**
   * Everything {@link #clean} would remove from the HTML of Markdown {@code text}: each raw HTML
   * block or tag and each link or image target, at its 1-based line and column in the text.
   */
  public List<Removal> removalsInMarkdown(String text) {
    List<Removal> found = new ArrayList<>();
    Map<String, List<String>> judged = new HashMap<>();
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(parser.parse(text));
    // Iterative walk: deeply nested Markdown must not overflow the stack.
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      MarkdownSyntax.markup(node, HtmlSanitiser::positionInText)
          .ifPresent(
              markup -> {
                List<String> what = removals(markup, judged);
                if (!what.isEmpty()) {
                  found.add(new Removal(markup.at().line(), markup.at().column(), what));
                }
              });
      for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
        pending.push(child);
      }
    }
    return found;
  }

  /** Where {@code node} starts in the text it was parsed from, 1-based. */
  private static SourceRef positionInText(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty()
        ? SourceRef.startOf("")
        : new SourceRef("", spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1);
  }

  /** The message of a {@link #RULE} finding that reports {@code what} was removed. */
  public static String removedMessage(List<String> what) {
    return "Removed from the published page: "
        + String.join(", ", what)
        + ". CourseKit publishes no markup that could run script or load other pages. Write it"
        + " in Markdown instead, or, if the markup is intended and safe, allow it in"
        + " coursekit.yml, e.g. `"
        + ALLOW_EXAMPLE
        + "`; script and event handlers (`on…`) are never published.";
  }

  private static String attributeRemoval(String tag, Attribute attribute) {
    String key = attribute.getKey();
    if (URL_ATTRIBUTES.contains(key.toLowerCase(Locale.ROOT))) {
      String value = attribute.getValue().strip();
      int colon = value.indexOf(':');
      String scheme =
          colon > 0 ? value.substring(0, colon).replaceAll("[\\s\\x00-\\x1f]", "") + ":" : value;
      return "the `" + scheme + "` URL in `" + key + "` of `<" + tag + ">`";
    }
    return "the `" + key + "` attribute of `<" + tag + ">`";
  }

  /**
   * Raw HTML, a link or an image of a Markdown text that publishing removes in part or whole.
   *
   * @param line 1-based, in the Markdown text
   * @param column 1-based
   * @param what what is removed, in words
   */
  public record Removal(int line, int column, List<String> what) {

    public Removal {
      what = List.copyOf(what);
    }
  }
}
