package org.coursekit.rules.language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One entry of a word list: a word or a phrase of several words, lower case. */
record Phrase(List<String> words) {

  Phrase {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("A phrase has at least one word");
    }
  }

  /** The phrase {@code text}: words split on white space, lower case. */
  static Phrase of(String text) {
    return new Phrase(Arrays.asList(text.strip().toLowerCase(Locale.ROOT).split("\\s+")));
  }

  String first() {
    return words.get(0);
  }

  int size() {
    return words.size();
  }

  /** The words joined by single spaces, as the list writes them. */
  String text() {
    return String.join(" ", words);
  }
}
