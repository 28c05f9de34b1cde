package org.coursekit.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.coursekit.model.GlossaryEntry;
import org.coursekit.render.GlossaryLinker;
import org.coursekit.render.MarkdownOptions;
import org.coursekit.render.MarkdownRenderer;
import org.coursekit.render.Slugs;

/**
 * The glossary of one build: the glossary page and the terms module pages link to. Entries are
 * sorted by term; each gets the stable fragment {@code term-<slug>}.
 */
final class GlossaryPages {

  static final String PATH = "glossary.html";

  private final GlossaryPage page;
  private final List<GlossaryLinker.Term> terms;

  GlossaryPages(List<GlossaryEntry> glossary, MarkdownRenderer markdown) {
    List<GlossaryEntry> sorted =
        glossary.stream()
            .filter(entry -> entry.term() != null && !entry.term().isBlank())
            .sorted(
                Comparator.comparing((GlossaryEntry e) -> e.term().strip().toLowerCase(Locale.ROOT))
                    .thenComparing(e -> e.term().strip()))
            .toList();
    Set<String> slugs = new HashSet<>();
    List<GlossaryPage.Entry> entries = new ArrayList<>();
    List<GlossaryPage.Abbreviation> abbreviations = new ArrayList<>();
    List<GlossaryLinker.Term> linkable = new ArrayList<>();
    for (GlossaryEntry entry : sorted) {
      String term = entry.term().strip();
      String slug = unique(Slugs.slug(term), slugs);
      String abbreviation = blankToNull(entry.abbreviation());
      String definition = entry.definition() == null ? "" : entry.definition();
      entries.add(
          new GlossaryPage.Entry(
              "term-" + slug,
              term,
              abbreviation,
              markdown.render(definition, MarkdownOptions.fragment(2)).html()));
      if (abbreviation != null) {
        abbreviations.add(new GlossaryPage.Abbreviation(abbreviation, term, "#term-" + slug));
      }
      linkable.add(
          new GlossaryLinker.Term(
              term, abbreviation, slug, markdown.plainText(definition).strip()));
    }
    abbreviations.sort(
        Comparator.comparing(
                (GlossaryPage.Abbreviation a) -> a.abbreviation().toLowerCase(Locale.ROOT))
            .thenComparing(GlossaryPage.Abbreviation::abbreviation));
    this.page = new GlossaryPage(entries, abbreviations);
    this.terms = List.copyOf(linkable);
  }

  boolean isEmpty() {
    return page.entries().isEmpty();
  }

  GlossaryPage page() {
    return page;
  }

  /** The terms module pages link, in the order the linker gets them. */
  List<GlossaryLinker.Term> linkerTerms() {
    return terms;
  }

  /** A linker for module bodies, or null when there is nothing to link. */
  GlossaryLinker linker() {
    return terms.isEmpty() ? null : new GlossaryLinker(terms);
  }

  private static String unique(String slug, Set<String> taken) {
    String candidate = slug;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = slug + "-" + n;
    }
    return candidate;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
