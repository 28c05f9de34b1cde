package org.coursekit.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;

/**
 * How strictly a course is judged. {@code release} (the default) applies every rule at its
 * severity. {@code draft} lets work in progress build: every error of every rule the validator runs
 * becomes a warning, except
 *
 * <ul>
 *   <li>GEN-001 (unique ids and resolvable references): a broken reference breaks the site and
 *       every traceability report, so it stays an error; and
 *   <li>the format findings FMT-001 to FMT-005 (a file that is unreadable, not UTF-8 or not valid
 *       YAML, a value of the wrong type, a missing referenced file): they are not catalogue rules
 *       but mean CourseKit could not read part of the course as written, so no rule could check it.
 * </ul>
 *
 * <p>The downgrade is applied last, after any severity set in coursekit.yml, so rules never need to
 * know the profile (PRG-011 reads it to be stricter in release).
 */
enum Profile {
  DRAFT,
  RELEASE;

  /** The rule every profile keeps at its full severity. */
  private static final String KEPT_RULE = "GEN-001";

  private static final String FORMAT_PREFIX = "FMT-";

  /** The word used in coursekit.yml and {@code -Dcoursekit.profile}. */
  String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every profile word, in the order messages list them. */
  static List<String> words() {
    return Arrays.stream(values()).map(Profile::word).toList();
  }

  /** The profile named {@code word} (exactly as written: {@code draft} or {@code release}). */
  static Optional<Profile> parse(String word) {
    return Arrays.stream(values()).filter(p -> p.word().equals(word)).findFirst();
  }

  /** The finding at the severity this profile gives it. */
  Finding apply(Finding finding) {
    if (this == DRAFT
        && finding.severity() == Severity.ERROR
        && !finding.rule().equals(KEPT_RULE)
        && !finding.rule().startsWith(FORMAT_PREFIX)) {
      return finding.withSeverity(Severity.WARNING);
    }
    return finding;
  }
}
