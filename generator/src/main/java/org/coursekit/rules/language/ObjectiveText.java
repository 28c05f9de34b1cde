package org.coursekit.rules.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the text of one learning objective or program outcome says, as far as the objective rules
 * need to know: its stem ("Learners will be able to"), its lead verb, the verbs coordinated with
 * it, and the blocked phrases, placeholders and vague words it contains.
 *
 * <p>Words are matched whole, on their base forms, never as substrings: "knowledge base" does not
 * contain "know" and "machine learning" does not contain "learn". The single-verb blocklist only
 * concerns the lead verb and the verbs coordinated with it; phrases match anywhere. Immutable; the
 * results are computed when asked for.
 */
public final class ObjectiveText {

  /** What the objective starts with, after its stem. */
  public enum LeadKind {
    /** Nothing: the text is empty or only a stem. */
    NONE,
    /** A verb of one of the verb lists (approved, context-dependent or blocked). */
    VERB,
    /** A word the lists do not know, not recognisably a noun: maybe an unlisted verb. */
    UNKNOWN,
    /** A topic: a noun phrase, an -ing form or a topic opener ("Overview", "Basics of"). */
    TOPIC,
    /** A teacher-side opener ("Introduce", "This module will", "The instructor will"). */
    TEACHER,
    /** A non-measurable phrase ("Become familiar with", "Demonstrate an understanding of"). */
    BLOCKED_PHRASE
  }

  /** How a {@link LeadKind#TOPIC} lead shows that it is a topic. */
  public enum TopicForm {
    /** "Cloning a repository": an -ing form names an activity, not a performance. */
    GERUND,
    /** "Labelled containers": a past participle starts a noun phrase. */
    PARTICIPLE,
    /** "Cryopreservation of", "GMP requirements", "The label fields": a noun phrase. */
    NOUN_PHRASE,
    /** A listed topic opener: "Overview", "Basics of", "Introduction to". */
    OPENER
  }

  /**
   * The start of the objective.
   *
   * @param kind what it is
   * @param words the words as written ("Carry out", "Cloning", "This module"); empty for NONE
   * @param verb the list entry for VERB ("carry out"); the base form for UNKNOWN ("aliquot") and
   *     for a GERUND topic whose verb the lists know ("clone"); otherwise null
   * @param form for TOPIC only, otherwise null
   */
  public record Lead(LeadKind kind, String words, String verb, TopicForm form) {}

  /**
   * A verb used as a predicate: the lead verb, or a verb coordinated with it ("Identify and
   * describe …", "Verify the label and record the result").
   *
   * @param verb the list entry ("describe")
   * @param words as written ("describes")
   * @param connector the word or mark joining it to the previous verb ({@code and}, {@code or},
   *     {@code ,}, {@code ;}, {@code then}); null for the lead verb
   */
  public record Predicate(String verb, String words, String connector) {}

  /** A list entry found in the text, and the words as written there. */
  public record Match(String entry, String words) {}

  /** Words and marks that join coordinated verbs. */
  private static final Set<String> CONNECTORS = Set.of(",", ";", "/", "and", "or", "then");

  /**
   * Words that begin an object; a listed verb after a connector counts as a predicate only when one
   * follows it ("and record the result"), so nouns ("the order record and label fields") never
   * count.
   */
  private static final Set<String> OBJECT_STARTS =
      Set.of(
          "a", "an", "the", "its", "their", "his", "her", "your", "our", "this", "that", "these",
          "those", "each", "every", "all", "any", "both", "whether", "how", "why", "what", "which",
          "when", "where", "who", "whom", "it", "them", "one", "two", "three", "four", "five");

  /** Endings that mark an unlisted lead word as a noun ("Cryopreservation", "Basics"). */
  private static final List<String> NOUN_ENDINGS =
      List.of("tion", "sion", "ity", "ness", "ism", "ics", "ogy", "ship");

  /**
   * Words that open a condition written before the performance, ABCD style: "Given a dry shipper
   * and the order record, verify …", "Using the site SOP, perform …".
   */
  private static final Set<String> CONDITION_OPENERS =
      Set.of(
          "given",
          "using",
          "with",
          "without",
          "in",
          "on",
          "at",
          "for",
          "from",
          "by",
          "under",
          "upon",
          "after",
          "before",
          "during",
          "following",
          "when",
          "while",
          "within",
          "through");

  /** How many filler words may stand between two words of a blocked phrase. */
  private static final int MAX_FILLERS = 3;

  /** How many adverbs may precede the lead verb ("Correctly and safely" is two words too many). */
  private static final int MAX_ADVERBS = 2;

  /** Condition phrases, matched on the lower-case text (cheaper than case-insensitive). */
  private static final Pattern CONDITION =
      Pattern.compile(
          "\\b(given|using|with the (aid|help) of|with access to|following|according to"
              + "|in accordance with|under (the )?supervision|in a (simulated|mock|training"
              + "|practice|controlled))\\b");

  /** Criterion phrases, matched on the lower-case text. */
  private static final Pattern CRITERION =
      Pattern.compile(
          "\\bwithin\\s+\\d+([.,]\\d+)?\\s*(s|sec|seconds?|min|minutes?|h|hrs?|hours?|days?|%)"
              + "|\\b(with|without)\\s+((no|zero|any)\\s+)?((critical|major|safety-critical)\\s+)?"
              + "(errors?|mistakes?)\\b"
              + "|\\b(no|zero)\\s+((critical|major|safety-critical)\\s+)?"
              + "(errors?|mistakes?|defects?|mismatch(es)?|deviations?|omissions?)\\b"
              + "|(≥|>=|>)\\s*\\d+([.,]\\d+)?\\s*(%|percent)"
              + "|\\bat least\\s+\\d+([.,]\\d+)?\\s*(%|percent|out of)"
              + "|\\b\\d+([.,]\\d+)?\\s*(%|percent)\\s+(accuracy|accurate|correct|agreement)"
              + "|\\bwith\\s+\\d+([.,]\\d+)?\\s*(%|percent)"
              + "|\\bto within\\b|\\b(in|on) every (case|attempt|trial|occasion)\\b");

  private final String text;
  private final VerbCatalog catalog;
  private final List<Token> tokens;
  private final boolean hasStem;
  private final int stemEnd;
  private final boolean bareBeAbleTo;
  private final int leadStart;
  private final int leadEnd;
  private final Lead lead;

  private ObjectiveText(String text, VerbCatalog catalog) {
    this.text = text;
    this.catalog = catalog;
    this.tokens = Token.of(text, catalog.lemmatiser());
    int start = Stems.skipPunctuation(tokens, 0);
    int afterStem = Stems.end(tokens, start);
    this.hasStem = afterStem > start;
    this.stemEnd = Stems.skipPunctuation(tokens, afterStem);
    int afterBeAbleTo = Stems.endOf(tokens, stemEnd, Stems.BE_ABLE_TO);
    this.bareBeAbleTo = afterBeAbleTo > 0;
    this.leadStart =
        skipAdverbs(afterCondition(skipAdverbs(bareBeAbleTo ? afterBeAbleTo : stemEnd)));
    LeadSpan span = classifyLead();
    this.lead = span.lead();
    this.leadEnd = span.end();
  }

  /** Analyses {@code text} (an objective's or outcome's {@code text}) with {@code catalog}. */
  public static ObjectiveText analyse(String text, VerbCatalog catalog) {
    return new ObjectiveText(text == null ? "" : text, catalog);
  }

  public String text() {
    return text;
  }

  /** The stem as written ("Learners will be able to"), or an empty text when there is none. */
  public String stem() {
    if (!hasStem) {
      return "";
    }
    int end = stemEnd < tokens.size() ? tokens.get(stemEnd).start() : text.length();
    return text.substring(0, end).strip().replaceAll("[\\s,:;.\\-–—]+$", "");
  }

  /** True when the text itself begins "Be able to …" (no stem is expected there). */
  public boolean bareBeAbleTo() {
    return bareBeAbleTo;
  }

  public Lead lead() {
    return lead;
  }

  /**
   * The verbs used as predicates: the lead verb (when it is a listed verb) and the listed verbs
   * coordinated with it, directly ("Identify, describe and explain …") or with their own object
   * ("Verify the label and record the result"). An idiom such as "compare and contrast" counts as
   * its first verb only.
   */
  public List<Predicate> predicates() {
    if (lead.kind() != LeadKind.VERB && lead.kind() != LeadKind.UNKNOWN) {
      return List.of();
    }
    List<Predicate> found = new ArrayList<>();
    if (lead.kind() == LeadKind.VERB) {
      found.add(new Predicate(lead.verb(), lead.words(), null));
    }
    int next = afterIdiom(leadStart, leadEnd);
    while (true) {
      int at = next;
      String connector = null;
      while (at < tokens.size() && CONNECTORS.contains(tokens.get(at).lower())) {
        connector = tokens.get(at).lower();
        at++;
      }
      Phrase verb = connector == null ? null : predicateVerbAt(at);
      if (verb == null) {
        break;
      }
      found.add(new Predicate(verb.text(), words(at, at + verb.size()), connector));
      next = afterIdiom(at, at + verb.size());
    }
    for (int at = Math.max(next, 1); at < tokens.size(); at++) {
      String before = tokens.get(at - 1).lower();
      Phrase verb = CONNECTORS.contains(before) ? predicateVerbAt(at) : null;
      int end = verb == null ? at : at + verb.size();
      if (verb != null && end < tokens.size() && startsObject(tokens.get(end))) {
        found.add(new Predicate(verb.text(), words(at, end), before));
        at = afterIdiom(at, end) - 1;
      }
    }
    return found;
  }

  /** The non-measurable phrases anywhere after the stem, in text order. */
  public List<Match> blockedPhrases() {
    return matches(WordList.BLOCKED_PHRASES, stemEnd, true);
  }

  /** Placeholders such as TBD, FIXME, "etc." or "…". */
  public List<Match> placeholders() {
    return matches(WordList.PLACEHOLDERS, 0, false);
  }

  /** Vague intensifiers and quantifiers such as "basic", "various", "thorough", "fully". */
  public List<Match> vagueWords() {
    return matches(WordList.VAGUE_WORDS, 0, false);
  }

  /** The number of words after the stem (a word holds at least one letter or digit). */
  public int wordCount() {
    if (stemEnd >= tokens.size()) {
      return 0;
    }
    int count = 0;
    for (String chunk : text.substring(tokens.get(stemEnd).start()).strip().split("\\s+")) {
      if (chunk.codePoints().anyMatch(Character::isLetterOrDigit)) {
        count++;
      }
    }
    return count;
  }

  /** Whether the text states a condition of performance ("Given …", "Using the SOP …"). */
  public boolean statesCondition() {
    return CONDITION.matcher(text.toLowerCase(Locale.ROOT)).find();
  }

  /**
   * Whether the text states a criterion ("within 5 minutes", "with no critical errors", "≥ 90 %").
   */
  public boolean statesCriterion() {
    return CRITERION.matcher(text.toLowerCase(Locale.ROOT)).find();
  }

  /**
   * Whether the objective starts with {@code entry} (an allow-list word or phrase such as "gown" or
   * "set up"), its first word in any inflected form.
   */
  public boolean leadIs(String entry) {
    return leadStart < tokens.size()
        && !entry.isBlank()
        && matchEnd(leadStart, Phrase.of(entry), false) > 0;
  }

  /**
   * Where the performance starts when a condition comes first ("Given a shipper, its documents and
   * the SOP, verify …"): after the first comma that a listed verb follows, else after the last
   * comma; {@code from} when the text does not open with a condition.
   */
  private int afterCondition(int from) {
    if (from >= tokens.size() || !CONDITION_OPENERS.contains(tokens.get(from).lower())) {
      return from;
    }
    int lastComma = -1;
    for (int at = from + 1; at + 1 < tokens.size(); at++) {
      if (tokens.get(at).lower().equals(",")) {
        if (predicateVerbAt(at + 1) != null) {
          return at + 1;
        }
        lastComma = at;
      }
    }
    return lastComma < 0 ? from : lastComma + 1;
  }

  private int skipAdverbs(int from) {
    int at = from;
    for (int skipped = 0; skipped < MAX_ADVERBS && at + 1 < tokens.size(); skipped++) {
      Token word = tokens.get(at);
      boolean adverb =
          word.word()
              && word.lower().endsWith("ly")
              && verbAt(at) == null
              && verbAt(at + 1) != null;
      if (!adverb) {
        break;
      }
      at++;
    }
    return at;
  }

  /** The lead and the index of the token after it. */
  private record LeadSpan(Lead lead, int end) {}

  private LeadSpan classifyLead() {
    if (leadStart >= tokens.size()) {
      return new LeadSpan(new Lead(LeadKind.NONE, "", null, null), leadStart);
    }
    int end = longestMatch(WordList.INSTRUCTOR_OPENERS, leadStart, false);
    if (end > leadStart) {
      return span(LeadKind.TEACHER, end, null, null);
    }
    end = longestMatch(WordList.TOPIC_OPENERS, leadStart, false);
    if (end > leadStart) {
      return span(LeadKind.TOPIC, end, null, TopicForm.OPENER);
    }
    end = longestMatch(WordList.BLOCKED_PHRASES, leadStart, true);
    if (end > leadStart) {
      return span(LeadKind.BLOCKED_PHRASE, end, null, null);
    }
    Token first = tokens.get(leadStart);
    Phrase verb = verbAt(leadStart);
    if (verb != null) {
      Inflection inflection = Inflection.of(first);
      if (inflection == Inflection.GERUND) {
        return span(LeadKind.TOPIC, leadStart + 1, verb.first(), TopicForm.GERUND);
      }
      if (inflection == Inflection.PAST) {
        return span(LeadKind.TOPIC, leadStart + 1, null, TopicForm.PARTICIPLE);
      }
      if (inflection == Inflection.THIRD_PERSON && nextIs(leadStart, "of")) {
        return span(LeadKind.TOPIC, leadStart + 1, null, TopicForm.NOUN_PHRASE);
      }
      return span(LeadKind.VERB, leadStart + verb.size(), verb.text(), null);
    }
    if (looksLikeGerund(first)) {
      return span(LeadKind.TOPIC, leadStart + 1, null, TopicForm.GERUND);
    }
    if (looksLikeNoun(first) || nextIs(leadStart, "of")) {
      return span(LeadKind.TOPIC, leadStart + 1, null, TopicForm.NOUN_PHRASE);
    }
    return span(LeadKind.UNKNOWN, leadStart + 1, first.lemma(), null);
  }

  /** A lead of the tokens from {@link #leadStart} to {@code end}. */
  private LeadSpan span(LeadKind kind, int end, String verb, TopicForm form) {
    return new LeadSpan(new Lead(kind, words(leadStart, end), verb, form), end);
  }

  private boolean nextIs(int at, String word) {
    return at + 1 < tokens.size() && tokens.get(at + 1).lower().equals(word);
  }

  /** "Cloning", "Choosing", but not "Bring" or "String" (no vowel before the ending). */
  private static boolean looksLikeGerund(Token token) {
    String lower = token.lower();
    return token.word()
        && lower.length() >= 5
        && lower.endsWith("ing")
        && lower.substring(0, lower.length() - 3).chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
  }

  /** Numbers, abbreviations ("GMP", "ALCOA+") and words with a noun ending. */
  private static boolean looksLikeNoun(Token token) {
    if (!token.word() || token.isNumber()) {
      return true;
    }
    String letters = token.text().replaceAll("[^\\p{L}]", "");
    if (letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
      return true;
    }
    String lower = token.lower();
    return NOUN_ENDINGS.stream()
        .anyMatch(e -> lower.endsWith(e) && lower.length() > e.length() + 2);
  }

  /** The longest listed verb written at {@code at} (its first word in any form), or null. */
  private Phrase verbAt(int at) {
    Token first = tokens.get(at);
    if (!first.word()) {
      return null;
    }
    for (Phrase verb : catalog.verbsStartingWith(first.lemma())) {
      if (matchEnd(at, verb, false) > 0) {
        return verb;
      }
    }
    return null;
  }

  /** A listed verb at {@code at} in a form that can be a predicate ("describe", "describes"). */
  private Phrase predicateVerbAt(int at) {
    if (at >= tokens.size()) {
      return null;
    }
    Phrase verb = verbAt(at);
    Inflection inflection = verb == null ? null : Inflection.of(tokens.get(at));
    return inflection == Inflection.BASE || inflection == Inflection.THIRD_PERSON ? verb : null;
  }

  private static boolean startsObject(Token token) {
    return OBJECT_STARTS.contains(token.lower()) || token.isNumber();
  }

  /** The end of an idiom ("compare and contrast") starting at {@code at}, else {@code end}. */
  private int afterIdiom(int at, int end) {
    return Math.max(end, longestMatch(WordList.IDIOMS, at, false));
  }

  /** Every entry of {@code list} found from token {@code from} on, in text order. */
  private List<Match> matches(WordList list, int from, boolean fillers) {
    List<Match> found = new ArrayList<>();
    PhraseIndex index = catalog.index(list);
    for (int at = from; at < tokens.size(); at++) {
      for (Phrase phrase : index.startingWith(tokens.get(at))) {
        int end = matchEnd(at, phrase, fillers);
        if (end > 0) {
          found.add(new Match(phrase.text(), words(at, end)));
          at = end - 1;
          break;
        }
      }
    }
    return found;
  }

  /** The index after the longest entry of {@code list} written at {@code at}, or {@code at}. */
  private int longestMatch(WordList list, int at, boolean fillers) {
    for (Phrase phrase : catalog.index(list).startingWith(tokens.get(at))) {
      int end = matchEnd(at, phrase, fillers);
      if (end > 0) {
        return end;
      }
    }
    return at;
  }

  /**
   * The index after {@code phrase} written at {@code at}, or -1. With {@code fillers}, up to {@link
   * #MAX_FILLERS} filler words may stand between its words ("gain a solid understanding").
   */
  private int matchEnd(int at, Phrase phrase, boolean fillers) {
    int i = at;
    for (int w = 0; w < phrase.size(); w++) {
      String word = phrase.words().get(w);
      if (fillers && w > 0) {
        int limit = Math.min(tokens.size(), i + MAX_FILLERS);
        while (i < limit && !tokens.get(i).means(word) && catalog.isFiller(tokens.get(i).lower())) {
          i++;
        }
      }
      if (i >= tokens.size() || !tokens.get(i).means(word)) {
        return -1;
      }
      i++;
    }
    return i;
  }

  /** The text of tokens {@code from} (inclusive) to {@code to} (exclusive), as written. */
  private String words(int from, int to) {
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** The grammatical form of a listed verb as written. */
  private enum Inflection {
    BASE,
    THIRD_PERSON,
    GERUND,
    PAST;

    static Inflection of(Token token) {
      String lower = token.lower();
      if (lower.equals(token.lemma()) || token.lemma().equals(Lemmatiser.american(lower))) {
        return BASE;
      }
      if (lower.endsWith("ing")) {
        return GERUND;
      }
      return lower.endsWith("s") ? THIRD_PERSON : PAST;
    }
  }
}
