package org.coursekit.rules.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrases of one word list by first word, longest first, so a text is scanned with a few map
 * lookups per token instead of a comparison with every phrase.
 */
final class PhraseIndex {

  private final Map<String, List<Phrase>> byFirstWord;

  PhraseIndex(List<Phrase> phrases) {
    Map<String, List<Phrase>> index = new HashMap<>();
    for (Phrase phrase : phrases) {
      index.computeIfAbsent(phrase.first(), w -> new ArrayList<>()).add(phrase);
    }
    Map<String, List<Phrase>> sorted = new HashMap<>();
    index.forEach(
        (word, list) ->
            sorted.put(
                word,
                list.stream().sorted(Comparator.comparingInt(Phrase::size).reversed()).toList()));
    this.byFirstWord = Map.copyOf(sorted);
  }

  /** The phrases whose first word {@code token} may stand for, longest first. */
  List<Phrase> startingWith(Token token) {
    List<Phrase> written = byFirstWord.getOrDefault(token.lower(), List.of());
    List<Phrase> base =
        token.lemma().equals(token.lower())
            ? List.of()
            : byFirstWord.getOrDefault(token.lemma(), List.of());
    String lower = token.lower();
    String singular = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : null;
    List<Phrase> plural =
        singular == null || singular.equals(token.lemma())
            ? List.of()
            : byFirstWord.getOrDefault(singular, List.of());
    if (base.isEmpty() && plural.isEmpty()) {
      return written; // the usual case: no copy
    }
    List<Phrase> found = new ArrayList<>(written);
    found.addAll(base);
    found.addAll(plural);
    found.sort(Comparator.comparingInt(Phrase::size).reversed());
    return found;
  }
}
