package org.coursekit.rules.language;

import java.util.Optional;
import org.coursekit.model.BloomLevel;

/**
 * The word lists of the objective rules, one UTF-8 text file each under {@code
 * org/coursekit/rules/verbs/} (see the README there): one entry per line, {@code #} comments.
 */
public enum WordList {
  REMEMBER("remember.txt"),
  UNDERSTAND("understand.txt"),
  APPLY("apply.txt"),
  ANALYZE("analyze.txt"),
  EVALUATE("evaluate.txt"),
  CREATE("create.txt"),
  PSYCHOMOTOR("psychomotor.txt"),
  AFFECTIVE("affective.txt"),
  CONTEXT_DEPENDENT("context-dependent.txt"),
  BLOCKED_VERBS("blocked-verbs.txt"),
  BLOCKED_PHRASES("blocked-phrases.txt"),
  PHRASE_FILLERS("phrase-fillers.txt"),
  INSTRUCTOR_OPENERS("instructor-openers.txt"),
  TOPIC_OPENERS("topic-openers.txt"),
  IDIOMS("idioms.txt"),
  PLACEHOLDERS("placeholders.txt"),
  VAGUE_WORDS("vague-words.txt");

  private final String file;

  WordList(String file) {
    this.file = file;
  }

  /** The file name under {@code org/coursekit/rules/verbs/}. */
  public String file() {
    return file;
  }

  /** The list of a Bloom level's approved verbs. */
  public static WordList of(BloomLevel level) {
    return valueOf(level.name());
  }

  /** The list of a domain's approved verbs; empty for cognitive (it uses the six level lists). */
  public static Optional<WordList> of(Domain domain) {
    return switch (domain) {
      case COGNITIVE -> Optional.empty();
      case PSYCHOMOTOR -> Optional.of(PSYCHOMOTOR);
      case AFFECTIVE -> Optional.of(AFFECTIVE);
    };
  }
}
