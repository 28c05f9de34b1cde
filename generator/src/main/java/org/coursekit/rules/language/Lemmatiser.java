package org.coursekit.rules.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small, explicit lemmatiser for the verbs of the objective word lists. It maps a lower-case word
 * to its base form by an exception list of irregular forms and the regular -s, -es, -ies, -ed and
 * -ing endings, and reads British spellings (analyse, summarise, organise, practise) as the
 * American forms the lists use. It only ever returns a base form the lists know, so an unknown word
 * is never mangled into a non-word ("knowledge" stays "knowledge", "process" stays "process").
 */
final class Lemmatiser {

  private static final Map<String, String> BRITISH_WORDS =
      Map.of("practise", "practice", "programme", "program", "catalogue", "catalog");

  private final Set<String> known;
  private final Map<String, String> irregular;

  Lemmatiser(Set<String> known, Map<String, String> irregular) {
    this.known = Set.copyOf(known);
    this.irregular = Map.copyOf(irregular);
  }

  /** The base form of {@code lower} (a lower-case word), or {@code lower} itself if unknown. */
  String lemma(String lower) {
    String irregularBase = irregular.get(lower);
    if (irregularBase != null) {
      return irregularBase;
    }
    String base = knownForm(lower);
    if (base != null) {
      return base;
    }
    if (!lower.endsWith("s") && !lower.endsWith("ed") && !lower.endsWith("ing")) {
      return lower; // most words: nothing to strip
    }
    for (String candidate : withoutEnding(lower)) {
      base = knownForm(candidate);
      if (base != null) {
        return base;
      }
    }
    return lower;
  }

  /** {@code word} itself or its American spelling, if the lists know it. */
  private String knownForm(String word) {
    if (known.contains(word)) {
      return word;
    }
    String american = american(word);
    return american != null && known.contains(american) ? american : null;
  }

  /** The American spelling of a British verb form, or null if {@code word} has none. */
  static String american(String word) {
    String listed = BRITISH_WORDS.get(word);
    if (listed != null) {
      return listed;
    }
    if (word.endsWith("yse")) {
      return word.substring(0, word.length() - 3) + "yze";
    }
    if (word.endsWith("ise")) {
      return word.substring(0, word.length() - 3) + "ize";
    }
    return null;
  }

  /** Candidate base forms of {@code word} with a regular inflection removed, likeliest first. */
  private static List<String> withoutEnding(String word) {
    List<String> candidates = new ArrayList<>();
    if (word.endsWith("ies")) {
      candidates.add(cut(word, 3) + "y");
    }
    if (word.endsWith("es")) {
      candidates.add(cut(word, 2));
    }
    if (word.endsWith("s") && !word.endsWith("ss")) {
      candidates.add(cut(word, 1));
    }
    if (word.endsWith("ied")) {
      candidates.add(cut(word, 3) + "y");
    }
    if (word.endsWith("ed")) {
      addStemForms(candidates, cut(word, 2));
    }
    if (word.endsWith("ing")) {
      addStemForms(candidates, cut(word, 3));
    }
    return candidates;
  }

  /** "list" from "list-ed", "locate" from "locat-ed", "plan" from "plann-ed". */
  private static void addStemForms(List<String> candidates, String stem) {
    if (stem.isEmpty()) {
      return;
    }
    candidates.add(stem);
    candidates.add(stem + "e");
    int n = stem.length();
    if (n >= 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
      candidates.add(stem.substring(0, n - 1));
    }
  }

  private static String cut(String word, int letters) {
    return word.substring(0, word.length() - letters);
  }
}
