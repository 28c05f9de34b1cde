package org.coursekit.site;

import java.util.List;

/** The glossary page ({@code glossary.ftlh}): terms in alphabetical order and abbreviations. */
public record GlossaryPage(List<Entry> entries, List<Abbreviation> abbreviations) {

  /** A term; {@code id} is its fragment on the page ({@code term-chain-of-identity}). */
  public record Entry(String id, String term, String abbreviation, String definitionHtml) {}

  /** An abbreviation with the term it stands for and the fragment of that term's entry. */
  public record Abbreviation(String abbreviation, String term, String href) {}

  public GlossaryPage {
    entries = List.copyOf(entries);
    abbreviations = List.copyOf(abbreviations);
  }
}
