package org.coursekit.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Links the first use of each glossary term, and of each abbreviation, in a page's body text to its
 * glossary entry, with a definition that shows on hover and on keyboard focus. Terms match
 * case-insensitively, abbreviations case-sensitively, both as whole words; headings, links, code,
 * quizzes and existing abbreviations are left alone. Longer terms win over shorter ones they
 * contain. Immutable and thread-safe.
 */
public final class GlossaryLinker {

  /**
   * One glossary entry as the linker needs it.
   *
   * @param slug the entry's id in the glossary page is {@code term-<slug>}
   * @param tip the definition as plain text
   */
  public record Term(String term, String abbreviation, String slug, String tip) {}

  /**
   * A term or abbreviation to find; {@code longer} are the longer terms that contain it, whose
   * occurrences it must not be found inside ("chain" inside "chain of identity").
   */
  private record Matchable(
      Term term,
      boolean abbreviation,
      String literal,
      Pattern pattern,
      List<Pattern> longer,
      List<String> words) {

    /**
     * Whether this can occur in a text: an abbreviation is found as written, and each word of a
     * term, case-folded, is in the case-folded text. A cheap necessary condition, so a page with a
     * large glossary runs the regular expressions of the few terms it can hold only.
     */
    boolean mayOccurIn(String text, String folded) {
      if (abbreviation) {
        return text.contains(literal);
      }
      for (String word : words) {
        if (!folded.contains(word)) {
          return false;
        }
      }
      return true;
    }
  }

  private static final Set<String> SKIPPED =
      Set.of(
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "a",
          "code",
          "pre",
          "kbd",
          "samp",
          "abbr",
          "script",
          "style",
          "button",
          "label",
          "select",
          "option",
          "textarea",
          "legend",
          "form",
          "summary",
          "svg",
          "math");

  private static final Set<String> SKIPPED_CLASSES = Set.of("quiz", "term-ref", "footnotes");

  private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}_])";
  private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}_])";

  private final List<Matchable> matchables;

  public GlossaryLinker(List<Term> terms) {
    List<Matchable> list = new ArrayList<>();
    for (Term term : terms) {
      if (term.term() != null && !term.term().isBlank()) {
        list.add(matchable(term, false, term.term().strip(), termPattern(term.term())));
      }
      if (term.abbreviation() != null && !term.abbreviation().isBlank()) {
        String abbreviation = term.abbreviation().strip();
        Pattern exact =
            Pattern.compile(NOT_WORD_BEFORE + Pattern.quote(abbreviation) + NOT_WORD_AFTER);
        list.add(matchable(term, true, abbreviation, exact));
      }
    }
    List<Matchable> withLonger = new ArrayList<>();
    for (Matchable m : list) {
      List<Pattern> longer =
          list.stream()
              .filter(other -> other.literal().length() > m.literal().length())
              .filter(other -> m.pattern().matcher(other.literal()).find())
              .map(Matchable::pattern)
              .toList();
      withLonger.add(
          new Matchable(m.term(), m.abbreviation(), m.literal(), m.pattern(), longer, m.words()));
    }
    withLonger.sort(
        Comparator.comparingInt((Matchable m) -> -m.literal().length())
            .thenComparing(Matchable::literal)
            .thenComparing(Matchable::abbreviation));
    this.matchables = List.copyOf(withLonger);
  }

  private static Matchable matchable(
      Term term, boolean abbreviation, String literal, Pattern pattern) {
    List<String> words = Arrays.stream(literal.split("\\s+")).map(GlossaryLinker::folded).toList();
    return new Matchable(term, abbreviation, literal, pattern, List.of(), words);
  }

  /**
   * {@code text} with each code point mapped to the lower case of its upper case: two texts that
   * match case-insensitively (as the term patterns do, with Unicode case) fold to equal texts.
   */
  private static String folded(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    text.codePoints()
        .forEach(cp -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
    return folded.toString();
  }

  /** Words may be separated by any white space or a hyphen ({@code chain-of-identity}). */
  private static Pattern termPattern(String term) {
    StringBuilder regex = new StringBuilder(NOT_WORD_BEFORE);
    String[] words = term.strip().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        regex.append("[\\s\\-\u2010\u2011]+");
      }
      regex.append(Pattern.quote(words[i]));
    }
    regex.append(NOT_WORD_AFTER);
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * Marks the terms in {@code container}'s text.
   *
   * @param glossaryHref the glossary page relative to the page, e.g. {@code ../glossary.html}
   */
  public void link(Element container, String glossaryHref) {
    List<TextNode> texts = eligibleText(container);
    // One search over all the text rules out most terms without walking the tree again; a term
    // found in one text node is always found in the joined text (the separator is not a word).
    String joined = joined(texts);
    String folded = folded(joined);
    for (Matchable matchable : matchables) {
      if (matchable.mayOccurIn(joined, folded)
          && matchable.pattern().matcher(joined).find()
          && linkFirst(texts, matchable, glossaryHref)) {
        texts = eligibleText(container);
      }
    }
  }

  private static String joined(List<TextNode> texts) {
    StringBuilder all = new StringBuilder();
    for (TextNode text : texts) {
      all.append(text.getWholeText()).append('\n');
    }
    return all.toString();
  }

  /** Links the first eligible occurrence; false when there is none. */
  private static boolean linkFirst(List<TextNode> texts, Matchable matchable, String glossaryHref) {
    for (TextNode text : texts) {
      String whole = text.getWholeText();
      Matcher matcher = matchable.pattern().matcher(whole);
      if (findOutside(matcher, matchable.longer(), whole)) {
        // jsoup splits only strictly inside a text, never at its start or end.
        TextNode match = matcher.start() == 0 ? text : text.splitText(matcher.start());
        if (matcher.end() < whole.length()) {
          match.splitText(matcher.end() - matcher.start());
        }
        Element wrapper = reference(matchable, glossaryHref);
        match.before(wrapper);
        Element target = wrapper.selectFirst("a.term");
        if (matchable.abbreviation()) {
          target = target.appendElement("abbr").attr("title", matchable.term().term());
        }
        target.appendChild(match);
        return true;
      }
    }
    return false;
  }

  /** Moves {@code matcher} to its first match that is not part of a longer term's match. */
  private static boolean findOutside(Matcher matcher, List<Pattern> longer, String text) {
    while (matcher.find()) {
      int start = matcher.start();
      int end = matcher.end();
      boolean inside =
          longer.stream()
              .anyMatch(
                  pattern -> {
                    Matcher outer = pattern.matcher(text);
                    while (outer.find()) {
                      if (outer.start() <= start && end <= outer.end()) {
                        return true;
                      }
                    }
                    return false;
                  });
      if (!inside) {
        return true;
      }
    }
    return false;
  }

  /** The link and its tooltip, with the link still empty; the matched text goes into it. */
  private static Element reference(Matchable matchable, String glossaryHref) {
    Term term = matchable.term();
    String tipId = "tip-" + term.slug() + (matchable.abbreviation() ? "-abbr" : "");
    Element wrapper = new Element("span").addClass("term-ref");
    wrapper
        .appendElement("a")
        .addClass("term")
        .attr("href", glossaryHref + "#term-" + term.slug())
        .attr("aria-describedby", tipId);
    Element tip =
        wrapper.appendElement("span").addClass("term-tip").attr("role", "tooltip").id(tipId);
    String name =
        term.abbreviation() == null || term.abbreviation().isBlank()
            ? term.term()
            : term.term() + " (" + term.abbreviation() + ")";
    tip.appendElement("span").addClass("term-tip-title").text(name);
    tip.appendText(" " + term.tip());
    return wrapper;
  }

  private static List<TextNode> eligibleText(Element container) {
    List<TextNode> texts = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element element && node != container && skipped(element)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof TextNode text && !text.isBlank()) {
              texts.add(text);
            }
            return FilterResult.CONTINUE;
          }
        },
        container);
    return texts;
  }

  private static boolean skipped(Element element) {
    return SKIPPED.contains(element.normalName())
        || element.classNames().stream().anyMatch(SKIPPED_CLASSES::contains);
  }
}
