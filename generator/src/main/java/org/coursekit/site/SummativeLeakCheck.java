package org.coursekit.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coursekit.diag.Finding;
import org.coursekit.model.Item;
import org.coursekit.render.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * The last gate before a site is published (ASM-007): no summative item's stem may appear in any
 * page or other text file of the site, whether it got there through a quiz, a copied sentence, an
 * attribute or an SVG diagram. Texts are compared as words, ignoring case, punctuation and line
 * breaks. Binary files (images, PDF) cannot be read this way.
 */
public final class SummativeLeakCheck {

  public static final String RULE = "ASM-007";

  /** Shorter stems ("Define COI.") would match ordinary prose and prove nothing. */
  private static final int MIN_WORDS = 3;

  private static final List<String> TEXT_EXTENSIONS =
      List.of(".html", ".htm", ".svg", ".xml", ".md", ".txt", ".csv", ".json", ".js", ".css");

  private final MarkdownRenderer markdown;
  private final ObjectMapper json = new ObjectMapper();

  public SummativeLeakCheck(MarkdownRenderer markdown) {
    this.markdown = markdown;
  }

  /** True for the files of a site that are text and can hold a question. */
  public static boolean isText(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return TEXT_EXTENSIONS.stream().anyMatch(lower::endsWith);
  }

  /**
   * @param files the content of every text file of the site, by its path, in path order
   */
  public List<Finding> check(List<Item> items, Map<String, String> files) {
    List<String> pageWords = new ArrayList<>();
    files.forEach(
        (path, content) -> pageWords.add(" " + words(searchableText(path, content)) + " "));
    List<String> paths = List.copyOf(files.keySet());
    List<Finding> findings = new ArrayList<>();
    for (Item item : items) {
      if (!item.summative() || item.stem() == null || item.stem().isBlank()) {
        continue;
      }
      String stem = words(markdown.plainText(item.stem()));
      if (stem.split(" ").length < MIN_WORDS) {
        continue;
      }
      List<String> leaks = new ArrayList<>();
      for (int i = 0; i < paths.size(); i++) {
        if (pageWords.get(i).contains(" " + stem + " ")) {
          leaks.add(paths.get(i));
        }
      }
      if (!leaks.isEmpty() && item.at() != null) {
        findings.add(
            Finding.error(
                RULE,
                item.at(),
                "The question of summative item "
                    + item.id()
                    + " appears in the published site ("
                    + String.join(", ", leaks)
                    + "). Summative questions must stay secret, so the site was not published."
                    + " Remove the text from the page's source, or write the formative version"
                    + " of the question in different words."));
      }
    }
    return findings;
  }

  /**
   * The text of a file as it could be read: for markup, the text as rendered and as separate text
   * nodes (so neither adjacent SVG labels nor inline tags hide a sentence), every attribute value
   * and every script; other files as they are.
   */
  private String searchableText(String path, String content) {
    String lower = path.toLowerCase(Locale.ROOT);
    boolean html = lower.endsWith(".html") || lower.endsWith(".htm");
    if (!html && !lower.endsWith(".svg") && !lower.endsWith(".xml")) {
      return content;
    }
    Document document = html ? Jsoup.parse(content) : Jsoup.parse(content, "", Parser.xmlParser());
    StringBuilder text = new StringBuilder(document.text());
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode textNode) {
            text.append(' ').append(textNode.getWholeText());
          } else if (node instanceof DataNode data) {
            text.append(' ').append(data.getWholeData());
            jsonStrings(data).forEach(value -> text.append(' ').append(value));
          } else if (node instanceof Element element) {
            element.attributes().forEach(a -> text.append(' ').append(a.getValue()));
          }
        },
        document);
    return text.toString();
  }

  /**
   * The strings of a JSON script (as text, HTML removed), so a question cannot hide behind JSON
   * escapes such as {@code \\n} or {@code \\u003c}. Other scripts give nothing.
   */
  private List<String> jsonStrings(DataNode data) {
    if (!(data.parentNode() instanceof Element script)
        || !script.attr("type").toLowerCase(Locale.ROOT).contains("json")) {
      return List.of();
    }
    List<String> strings = new ArrayList<>();
    try {
      collect(json.readTree(data.getWholeData()), strings);
    } catch (JsonProcessingException e) {
      return List.of();
    }
    return strings;
  }

  private static void collect(JsonNode node, List<String> strings) {
    if (node.isTextual()) {
      strings.add(node.asText().contains("<") ? Jsoup.parse(node.asText()).text() : node.asText());
    }
    node.forEach(child -> collect(child, strings));
  }

  private static String words(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
