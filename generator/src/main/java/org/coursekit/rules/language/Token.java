package org.coursekit.rules.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word or punctuation mark of an objective's text. Words keep inner hyphens and apostrophes
 * ("chain-of-identity", "one's") and a trailing plus ("ALCOA+"), so compound nouns never split into
 * verbs.
 *
 * @param text as written
 * @param lower lower case, curly apostrophes and the ellipsis character normalised
 * @param lemma the base form for words the lists know, else {@code lower}
 * @param start offset of the first character in the text
 * @param end offset after the last character
 * @param word true for words and numbers, false for punctuation
 */
record Token(String text, String lower, String lemma, int start, int end, boolean word) {

  /** The tokens of {@code text}, each word with its lemma. */
  static List<Token> of(String text, Lemmatiser lemmatiser) {
    // A hand-written scanner: objectives are analysed by several rules on every build, and a
    // regular expression with Unicode classes costs several times as much.
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    int length = text.length();
    while (at < length) {
      int c = text.codePointAt(at);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        at += Character.charCount(c);
      } else if (Character.isLetterOrDigit(c)) {
        int end = wordEnd(text, at);
        String lower = text.substring(at, end).toLowerCase(Locale.ROOT).replace('’', '\'');
        tokens.add(
            new Token(text.substring(at, end), lower, lemmatiser.lemma(lower), at, end, true));
        at = end;
      } else if (c == '…' || text.startsWith("...", at)) {
        int end = c == '…' ? at + 1 : at + 3;
        tokens.add(new Token(text.substring(at, end), "...", "...", at, end, false));
        at = end;
      } else {
        int end = at + Character.charCount(c);
        String mark = text.substring(at, end);
        tokens.add(new Token(mark, mark, mark, at, end, false));
        at = end;
      }
    }
    return List.copyOf(tokens);
  }

  /**
   * The end of the word starting at {@code start}: letters and digits, inner hyphens and
   * apostrophes, and one trailing plus.
   */
  private static int wordEnd(String text, int start) {
    int at = start;
    while (true) {
      at = afterLettersAndDigits(text, at);
      if (at + 1 < text.length()
          && "'’-".indexOf(text.charAt(at)) >= 0
          && Character.isLetterOrDigit(text.codePointAt(at + 1))) {
        at++;
      } else {
        return at < text.length() && text.charAt(at) == '+' ? at + 1 : at;
      }
    }
  }

  private static int afterLettersAndDigits(String text, int start) {
    int at = start;
    while (at < text.length() && Character.isLetterOrDigit(text.codePointAt(at))) {
      at += Character.charCount(text.codePointAt(at));
    }
    return at;
  }

  /** Whether this token stands for {@code listWord}: as written, as its lemma, or as a plural. */
  boolean means(String listWord) {
    return listWord.equals(lower)
        || listWord.equals(lemma)
        || (lower.length() > 3
            && lower.endsWith("s")
            && !lower.endsWith("ss")
            && listWord.equals(lower.substring(0, lower.length() - 1)));
  }

  boolean isNumber() {
    return word && Character.isDigit(text.codePointAt(0));
  }
}
