package org.coursekit.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    Stems stems = stems(items);
    Map<String, List<String>> leaks = new TreeMap<>();
    files.forEach(
        (path, content) -> leaks.put(path, stems.leakedIn(searchableText(path, content))));
    return findings(stems, leaks);
  }

  /** The summative stems of {@code items}, ready to be looked for in pages. */
  public Stems stems(List<Item> items) {
    List<Stem> stems = new ArrayList<>();
    for (Item item : items) {
      if (!item.summative() || item.stem() == null || item.stem().isBlank()) {
        continue;
      }
      String[] words = words(markdown.plainText(item.stem())).split(" ");
      if (words.length >= MIN_WORDS) {
        stems.add(new Stem(item, words));
      }
    }
    return new Stems(stems);
  }

  /** The ids of the summative items whose question appears in a site file. */
  public List<String> leakedIn(Stems stems, String path, String content) {
    return stems.leakedIn(searchableText(path, content));
  }

  /** Like {@link #leakedIn(Stems, String, String)} for an HTML page already parsed. */
  public List<String> leakedIn(Stems stems, Document page) {
    return stems.leakedIn(searchableText(page));
  }

  /**
   * One ASM-007 error per leaked item, naming the files it appears in.
   *
   * @param leaks the ids of the leaked items by file path, as {@link #leakedIn} found them
   */
  public List<Finding> findings(Stems stems, Map<String, List<String>> leaks) {
    Map<String, List<String>> pathsById = new HashMap<>();
    new TreeMap<>(leaks)
        .forEach(
            (path, ids) ->
                ids.forEach(id -> pathsById.computeIfAbsent(id, k -> new ArrayList<>()).add(path)));
    List<Finding> findings = new ArrayList<>();
    for (Stem stem : stems.stems()) {
      Item item = stem.item();
      List<String> paths = pathsById.get(item.id());
      if (paths != null && item.at() != null) {
        findings.add(
            Finding.error(
                RULE,
                item.at(),
                "The question of summative item "
                    + item.id()
                    + " appears in the published site ("
                    + String.join(", ", paths)
                    + "). Summative questions must stay secret, so the site was not published."
                    + " Remove the text from the page's source, or write the formative version"
                    + " of the question in different words."));
      }
    }
    return findings;
  }

  private record Stem(Item item, String[] words) {}

  /**
   * The stems of one course, indexed by their first three words, so a page is searched in one pass
   * over its words instead of once per item.
   */
  public static final class Stems {
    private final List<Stem> stems;
    private final Map<Integer, List<Stem>> byOpening = new HashMap<>();
    private final String fingerprint;

    private Stems(List<Stem> stems) {
      this.stems = List.copyOf(stems);
      StringBuilder all = new StringBuilder();
      for (Stem stem : stems) {
        byOpening.computeIfAbsent(opening(stem.words(), 0), k -> new ArrayList<>()).add(stem);
        all.append(stem.item().id()).append('\n').append(String.join(" ", stem.words()));
        all.append('\n');
      }
      this.fingerprint = all.toString();
    }

    List<Stem> stems() {
      return stems;
    }

    /** Every item id with the words of its stem: equal for equal stems, whatever the order. */
    public String fingerprint() {
      return fingerprint;
    }

    /** The first three words from {@code from}, as a hash (candidates are compared in full). */
    private static int opening(String[] words, int from) {
      return (words[from].hashCode() * 31 + words[from + 1].hashCode()) * 31
          + words[from + 2].hashCode();
    }

    /** The ids of the items whose stem occurs in {@code text} as whole words, in item order. */
    List<String> leakedIn(String text) {
      if (stems.isEmpty()) {
        return List.of();
      }
      String normalised = words(text);
      if (normalised.isEmpty()) {
        return List.of();
      }
      String[] words = normalised.split(" ");
      Set<Stem> found = new HashSet<>();
      for (int i = 0; i + MIN_WORDS <= words.length; i++) {
        List<Stem> candidates = byOpening.get(opening(words, i));
        if (candidates == null) {
          continue;
        }
        for (Stem stem : candidates) {
          if (!found.contains(stem) && startsAt(words, i, stem.words())) {
            found.add(stem);
          }
        }
      }
      return stems.stream().filter(found::contains).map(stem -> stem.item().id()).toList();
    }

    private static boolean startsAt(String[] words, int from, String[] stem) {
      if (from + stem.length > words.length) {
        return false;
      }
      for (int k = 0; k < stem.length; k++) {
        if (!words[from + k].equals(stem[k])) {
          return false;
        }
      }
      return true;
    }
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
    return searchableText(
        html ? Jsoup.parse(content) : Jsoup.parse(content, "", Parser.xmlParser()));
  }

  private String searchableText(Document document) {
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

  /**
   * The text in lower case, each run of characters that are neither letters nor numbers made one
   * space, trimmed. One pass without regular expressions: pages are long.
   */
  static String words(String text) {
    StringBuilder words = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c) || isNumber(c)) {
        if (gap && !words.isEmpty()) {
          words.append(' ');
        }
        gap = false;
        words.appendCodePoint(Character.toLowerCase(c));
      } else {
        gap = true;
      }
    }
    return words.toString();
  }

  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
