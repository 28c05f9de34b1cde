package org.coursekit.pack;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.coursekit.model.Item;
import org.coursekit.render.MarkdownRenderer;

/**
 * The longest suspend_data the runtime can write for a course, computed by the encoding rules of
 * {@code coursekit-runtime.js} (version {@code v1}), so the build can tell before any learner does
 * whether the state fits the LMS's limit. Keep the two in step: a browser test encodes the worst
 * case with the runtime and compares.
 *
 * <pre>
 * v1|modulesKey|assessmentKey|page|done|attempt|state|score|failedDay|seed|elapsed|answers
 * </pre>
 *
 * <ul>
 *   <li>page: base-36 index into the shell's pages; done: module completion, 5 modules per base-32
 *       digit; attempt: base-36 count of attempts started; state: one of {@code n i p f}; score:
 *       base-36 basis points (percent times 100); failedDay: base-36 epoch day; seed: base-36
 *       unsigned 32-bit; elapsed: base-36 seconds, at most {@code zzzz}.
 *   <li>answers: one field per drawn item, joined by {@code ,}: single a base-36 option index,
 *       multiple a base-36 bit mask, matching base-36 choice indexes joined by {@code .}, numeric
 *       and short the typed text with {@code % | , .} escaped as {@code %XX} (three characters
 *       each), limited to {@value #NUMERIC_MAX_CHARS} and {@value #SHORT_MAX_CHARS} typed
 *       characters.
 * </ul>
 */
public final class SuspendDataBudget {

  static final String VERSION = "v1";
  static final int FIELDS = 12;
  static final int SCORE_CHARS = 3;
  static final int FAILED_DAY_CHARS = 4;
  static final int SEED_CHARS = 7;
  static final int ELAPSED_CHARS = 4;

  /** The attempt count the runtime stores at most ({@code zz}); also the count of "unlimited". */
  static final int MAX_ATTEMPTS = 1295;

  static final int NUMERIC_MAX_CHARS = 24;
  static final int SHORT_MAX_CHARS = 100;
  static final int ESCAPED_CHAR = 3;

  private SuspendDataBudget() {}

  /**
   * The worst-case suspend_data length, in characters, for the course of {@code plan} with {@code
   * pageCount} pages in its shell.
   */
  public static int worstCase(PackagePlan plan, int pageCount) {
    int length = VERSION.length() + (FIELDS - 1);
    length += PackageData.modulesKey(plan).length() + PackageData.assessmentKey(plan).length();
    length += base36Length(Math.max(0, pageCount - 1));
    length += (plan.modules().size() + 4) / 5;
    PackagePlan.AssessmentEntry assessment = plan.assessment();
    if (assessment == null) {
      return length + 2; // attempt "0" and state "n"; nothing else is ever stored
    }
    Integer max = plan.attemptsMax();
    length += base36Length(max == null || max <= 0 ? MAX_ATTEMPTS : Math.min(max, MAX_ATTEMPTS));
    length += 1 + SCORE_CHARS + FAILED_DAY_CHARS + SEED_CHARS + ELAPSED_CHARS;
    MarkdownRenderer markdown = new MarkdownRenderer();
    List<Integer> answers = new ArrayList<>();
    assessment.items().forEach(item -> answers.add(worstAnswer(item, markdown)));
    answers.sort(Comparator.reverseOrder());
    int drawn = Math.min(assessment.draw(), answers.size());
    for (int i = 0; i < drawn; i++) {
      length += answers.get(i);
    }
    return length + Math.max(0, drawn - 1);
  }

  /**
   * The longest answer field an item can produce. Matching items offer each distinct right-hand
   * text once, compared as plain text, as the assessment page shows them.
   */
  static int worstAnswer(Item item, MarkdownRenderer markdown) {
    return switch (item.type()) {
      case "single" -> base36Length(Math.max(0, item.options().size() - 1));
      case "multiple" -> maskLength(item.options().size());
      case "matching" -> {
        int rows = item.pairs().size();
        long choices =
            item.pairs().stream()
                .map(pair -> pair.right() == null ? "" : markdown.plainText(pair.right()).strip())
                .distinct()
                .count();
        yield rows * base36Length(Math.max(0, choices - 1)) + Math.max(0, rows - 1);
      }
      case "numeric" -> NUMERIC_MAX_CHARS * ESCAPED_CHAR;
      case "short" -> SHORT_MAX_CHARS * ESCAPED_CHAR;
      default -> 0;
    };
  }

  /** Digits of the base-36 bit mask with all {@code bits} set. */
  private static int maskLength(int bits) {
    if (bits <= 0) {
      return 1;
    }
    return BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).toString(36).length();
  }

  static int base36Length(long value) {
    return Long.toString(value, 36).length();
  }
}
