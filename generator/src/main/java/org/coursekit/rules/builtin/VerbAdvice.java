package org.coursekit.rules.builtin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coursekit.model.BloomLevel;
import org.coursekit.rules.language.Domain;
import org.coursekit.rules.language.ObjectiveText;
import org.coursekit.rules.language.VerbCatalog;

/** The verb suggestions and word lists that the objective rules' messages share. */
final class VerbAdvice {

  private VerbAdvice() {}

  /** "Apply", "Understand": a level as the taxonomy names it. */
  static String levelName(BloomLevel level) {
    return capitalised(level.word());
  }

  /**
   * Verbs to use instead, for a statement's domain and declared level: "an Apply verb such as use,
   * perform, calculate, carry out or execute", "a psychomotor verb such as …", or, without a valid
   * level, one verb of each level.
   */
  static String suggestion(VerbCatalog catalog, Domain domain, Optional<BloomLevel> level) {
    if (domain != Domain.COGNITIVE) {
      return "a " + domain.word() + " verb such as " + orList(catalog.examples(domain));
    }
    return level
        .map(l -> article(levelName(l)) + " verb such as " + orList(catalog.examples(l)))
        .orElseGet(
            () -> "an observable verb such as " + orList(catalog.examples(Domain.COGNITIVE)));
  }

  /** The verbs of {@code statement}'s domain and level to suggest. */
  static String suggestion(VerbCatalog catalog, ObjectiveStatement statement) {
    return suggestion(catalog, statement.domainOrCognitive(), statement.level());
  }

  /**
   * For a lead in -ing form whose verb the lists know ("Cloning"), the advice to start with the
   * verb itself (" Start with the verb itself (“Clone …”)."); otherwise {@code otherwise}.
   */
  static String topicFix(ObjectiveText.Lead lead, String otherwise) {
    return lead.form() == ObjectiveText.TopicForm.GERUND && lead.verb() != null
        ? " Start with the verb itself (“" + capitalised(lead.verb()) + " …”)."
        : otherwise;
  }

  /** "“a”", "“a” and “b”", "“a”, “b” and “c”". */
  static String quoted(List<String> words) {
    return andList(words.stream().map(w -> "“" + w + "”").toList());
  }

  /** "a", "a and b", "a, b and c". */
  static String andList(List<String> words) {
    return joined(words, "and");
  }

  /** "a", "a or b", "a, b or c". */
  static String orList(List<String> words) {
    return joined(words, "or");
  }

  static String capitalised(String word) {
    return word.isEmpty()
        ? word
        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  private static String article(String word) {
    return ("AEIOU".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  private static String joined(List<String> words, String conjunction) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", "))
        + " "
        + conjunction
        + " "
        + words.get(words.size() - 1);
  }
}
