package org.coursekit.rules.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.coursekit.model.BloomLevel;

/**
 * The verb and phrase lists of the objective rules (accreditation-rules.md section 4), read once
 * from the word-list files and immutable afterwards. Verbs are looked up by their base form, e.g.
 * {@code "identify"} or {@code "carry out"}.
 */
public final class VerbCatalog {

  /** How many verbs a message suggests. */
  private static final int EXAMPLES = 5;

  private static final String FOLDER = "/org/coursekit/rules/verbs/";
  private static final String IRREGULAR_FILE = "irregular-forms.txt";

  /** The lists that hold verbs (as opposed to openers, fillers and wording lists). */
  private static final Set<WordList> VERB_LISTS =
      Collections.unmodifiableSet(
          EnumSet.of(
              WordList.REMEMBER,
              WordList.UNDERSTAND,
              WordList.APPLY,
              WordList.ANALYZE,
              WordList.EVALUATE,
              WordList.CREATE,
              WordList.PSYCHOMOTOR,
              WordList.AFFECTIVE,
              WordList.CONTEXT_DEPENDENT,
              WordList.BLOCKED_VERBS));

  /** The built-in lists, read on first use; immutable, so every validation shares them. */
  private static final class Builtin {
    static final VerbCatalog LISTS = read();
  }

  private final Map<WordList, List<Phrase>> lists;
  private final Map<String, Set<WordList>> verbLists;
  private final Map<String, List<Phrase>> verbsByFirstWord;
  private final Map<WordList, PhraseIndex> indexes;
  private final Set<String> fillers;
  private final Lemmatiser lemmatiser;

  private VerbCatalog(Map<WordList, List<Phrase>> lists, Map<String, String> irregular) {
    this.lists = Collections.unmodifiableMap(new EnumMap<>(lists));
    Map<String, Set<WordList>> memberships = new HashMap<>();
    Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    Set<String> knownWords = new HashSet<>();
    for (WordList list : VERB_LISTS) {
      for (Phrase verb : lists.get(list)) {
        Set<WordList> memberOf =
            memberships.computeIfAbsent(verb.text(), v -> EnumSet.noneOf(WordList.class));
        if (memberOf.isEmpty()) {
          byFirstWord.computeIfAbsent(verb.first(), w -> new ArrayList<>()).add(verb);
        }
        memberOf.add(list);
        knownWords.add(verb.first());
      }
    }
    this.verbLists = copyOfValues(memberships, Set::copyOf);
    // Longest first, so "carry out" wins over "carry" and "set up participants" over "set up".
    this.verbsByFirstWord =
        copyOfValues(
            byFirstWord,
            verbs ->
                verbs.stream().sorted(Comparator.comparingInt(Phrase::size).reversed()).toList());
    // Phrase and opener verbs are inflected too: "became familiar with", "introduces".
    lists.get(WordList.BLOCKED_PHRASES).forEach(p -> knownWords.add(p.first()));
    lists.get(WordList.INSTRUCTOR_OPENERS).forEach(p -> knownWords.add(p.first()));
    Map<WordList, PhraseIndex> byList = new EnumMap<>(WordList.class);
    lists.forEach((list, phrases) -> byList.put(list, new PhraseIndex(phrases)));
    this.indexes = Collections.unmodifiableMap(byList);
    this.fillers =
        Set.copyOf(lists.get(WordList.PHRASE_FILLERS).stream().map(Phrase::text).toList());
    this.lemmatiser = new Lemmatiser(knownWords, irregular);
  }

  private static <V> Map<String, V> copyOfValues(Map<String, V> map, UnaryOperator<V> copy) {
    Map<String, V> copied = new HashMap<>();
    map.forEach((key, value) -> copied.put(key, copy.apply(value)));
    return Map.copyOf(copied);
  }

  /** The lists shipped with CourseKit. */
  public static VerbCatalog builtin() {
    return Builtin.LISTS;
  }

  /**
   * Reads every list from the class path.
   *
   * @throws IllegalStateException if a list file is missing or malformed (a packaging defect, never
   *     a problem of the course being checked)
   */
  private static VerbCatalog read() {
    Map<WordList, List<Phrase>> lists = new EnumMap<>(WordList.class);
    for (WordList list : WordList.values()) {
      lists.put(list, readLines(list.file()).stream().map(Phrase::of).toList());
    }
    Map<String, String> irregular = new LinkedHashMap<>();
    for (String line : readLines(IRREGULAR_FILE)) {
      String[] formAndBase = line.split("->");
      if (formAndBase.length != 2) {
        throw new IllegalStateException(
            IRREGULAR_FILE + ": expected `form -> base`, found `" + line + "`");
      }
      irregular.put(formAndBase[0].strip(), formAndBase[1].strip());
    }
    return new VerbCatalog(lists, irregular);
  }

  /** The entries of {@code file}: comments and blank lines dropped, lower case. */
  private static List<String> readLines(String file) {
    try (InputStream in = VerbCatalog.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("The word list " + FOLDER + file + " is missing");
      }
      List<String> entries = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int comment = line.indexOf('#');
        String entry = (comment >= 0 ? line.substring(0, comment) : line).strip();
        if (!entry.isEmpty()) {
          entries.add(entry.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
      }
      return List.copyOf(entries);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the word list " + file, e);
    }
  }

  /** The entries of {@code list}, in file order. */
  public List<String> entries(WordList list) {
    return lists.get(list).stream().map(Phrase::text).toList();
  }

  /** The Bloom levels whose lists hold {@code verb}, lowest first; empty if none. */
  public Set<BloomLevel> levelsOf(String verb) {
    Set<BloomLevel> levels = EnumSet.noneOf(BloomLevel.class);
    Set<WordList> memberOf = verbLists.getOrDefault(verb, Set.of());
    for (BloomLevel level : BloomLevel.values()) {
      if (memberOf.contains(WordList.of(level))) {
        levels.add(level);
      }
    }
    return levels;
  }

  /** The domains whose approved lists hold {@code verb}; cognitive means any Bloom level. */
  public Set<Domain> domainsOf(String verb) {
    Set<Domain> domains = EnumSet.noneOf(Domain.class);
    if (!levelsOf(verb).isEmpty()) {
      domains.add(Domain.COGNITIVE);
    }
    Set<WordList> memberOf = verbLists.getOrDefault(verb, Set.of());
    for (Domain domain : Domain.values()) {
      WordList.of(domain).filter(memberOf::contains).ifPresent(l -> domains.add(domain));
    }
    return domains;
  }

  /** Whether {@code verb} is an approved verb of {@code domain}. */
  public boolean approvedIn(Domain domain, String verb) {
    return domainsOf(verb).contains(domain);
  }

  /** Whether {@code verb} is approved for any domain. */
  public boolean isApproved(String verb) {
    return !domainsOf(verb).isEmpty();
  }

  /** Whether {@code verb} is a non-measurable verb (LO-002). */
  public boolean isBlocked(String verb) {
    return in(WordList.BLOCKED_VERBS, verb);
  }

  /** Whether {@code verb} is acceptable but needs sharpening (LO-001 info). */
  public boolean isContextDependent(String verb) {
    return in(WordList.CONTEXT_DEPENDENT, verb);
  }

  private boolean in(WordList list, String verb) {
    return verbLists.getOrDefault(verb, Set.of()).contains(list);
  }

  /** The verbs a message suggests for {@code level}: the first entries of its list. */
  public List<String> examples(BloomLevel level) {
    return first(WordList.of(level));
  }

  /**
   * The verbs a message suggests for {@code domain}: the first entries of its list, or for the
   * cognitive domain the first verb of each Bloom level.
   */
  public List<String> examples(Domain domain) {
    return WordList.of(domain)
        .map(this::first)
        .orElseGet(
            () ->
                Arrays.stream(BloomLevel.values())
                    .map(level -> entries(WordList.of(level)).get(0))
                    .toList());
  }

  private List<String> first(WordList list) {
    List<String> entries = entries(list);
    return entries.subList(0, Math.min(EXAMPLES, entries.size()));
  }

  /** The entries of {@code list} by first word, for scanning a text. */
  PhraseIndex index(WordList list) {
    return indexes.get(list);
  }

  /** The verbs of every verb list whose first word is {@code lemma}, longest first. */
  List<Phrase> verbsStartingWith(String lemma) {
    return verbsByFirstWord.getOrDefault(lemma, List.of());
  }

  /** Whether {@code lower} may stand between the words of a blocked phrase. */
  boolean isFiller(String lower) {
    return fillers.contains(lower);
  }

  Lemmatiser lemmatiser() {
    return lemmatiser;
  }
}
