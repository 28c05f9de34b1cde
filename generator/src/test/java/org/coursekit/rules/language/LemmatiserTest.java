package org.coursekit.rules.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LemmatiserTest {

  private final Lemmatiser lemmatiser = VerbCatalog.builtin().lemmatiser();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // regular endings
    "identifies, identify",
    "identified, identify",
    "identifying, identify",
    "lists, list",
    "listed, list",
    "listing, list",
    "located, locate",
    "locating, locate",
    "uses, use",
    "processes, process",
    "planned, plan",
    "mapping, map",
    "labelled, label",
    "cloning, clone",
    // British spellings and their inflections
    "analyse, analyze",
    "analysed, analyze",
    "analyses, analyze",
    "summarise, summarize",
    "summarising, summarize",
    "organises, organize",
    "visualise, visualize",
    "prioritise, prioritize",
    "categorised, categorize",
    "recognise, recognize",
    "practise, practice",
    "practising, practice",
    // irregular forms
    "wrote, write",
    "understood, understand",
    "became, become",
    "is, be",
    "knew, know",
    // blocked verbs are verbs too: only the rules decide where they count
    "learning, learn",
    "knowing, know"
  })
  void findsTheBaseForm(String word, String base) {
    assertThat(lemmatiser.lemma(word)).isEqualTo(base);
  }

  @ParameterizedTest(name = "{0} stays")
  @CsvSource({"knowledge", "process", "bring", "string", "species", "shipper", "advise", "revise"})
  void leavesWordsItDoesNotKnowAlone(String word) {
    assertThat(lemmatiser.lemma(word)).isEqualTo(word);
  }
}
