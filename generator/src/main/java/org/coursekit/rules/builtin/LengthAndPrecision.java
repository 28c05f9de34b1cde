package org.coursekit.rules.builtin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.rules.language.ObjectiveText;
import org.coursekit.rules.language.VerbCatalog;

/**
 * LO-007: an objective or outcome has 4 to 35 words after its stem and no placeholder (TBD, FIXME,
 * "etc.") or vague intensifier ("basic", "various", "thorough", "fully").
 */
final class LengthAndPrecision implements Rule {

  private static final int MIN_WORDS = 4;
  private static final int MAX_WORDS = 35;

  @Override
  public String id() {
    return "LO-007";
  }

  @Override
  public String name() {
    return "Objective length and precision";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String help() {
    return "Davenport University's list of vague phrases and CourseKit's length thresholds:"
        + " an objective of 4 to 35 words without placeholders or vague intensifiers is specific"
        + " enough to assess and short enough to read.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    VerbCatalog catalog = VerbCatalog.builtin();
    for (ObjectiveStatement statement : ObjectiveStatement.written(course)) {
      ObjectiveText text = context.index().objectiveText(statement.text(), catalog);
      checkLength(statement, text, context);
      checkWording(statement, text, context);
    }
  }

  private static void checkLength(
      ObjectiveStatement statement, ObjectiveText text, RuleContext context) {
    int words = text.wordCount();
    if (words >= MIN_WORDS && words <= MAX_WORDS) {
      return;
    }
    String counted =
        words
            + (words == 1 ? " word" : " words")
            + (text.stem().isEmpty() ? "" : " after its stem “" + text.stem() + "”");
    context.report(
        statement.textAt(),
        words < MIN_WORDS
            ? statement.label()
                + " has only "
                + counted
                + "; 4 to 35 words are specific enough to assess (Davenport University guidance)."
                + " Say what the learner acts on and in what setting, e.g. “Classify a handling"
                + " event as a deviation or an out-of-specification result”."
            : statement.label()
                + " has "
                + counted
                + ", more than 35; a long objective usually hides several performances or a"
                + " procedure (Davenport University guidance). Keep one performance in the text and"
                + " move the setting and the standard to `condition` and `criterion`.");
  }

  private static void checkWording(
      ObjectiveStatement statement, ObjectiveText text, RuleContext context) {
    List<String> placeholders = distinctWords(text.placeholders());
    List<String> vague = distinctWords(text.vagueWords());
    int count = placeholders.size() + vague.size();
    if (count == 0) {
      return;
    }
    List<String> parts = new ArrayList<>();
    if (!placeholders.isEmpty()) {
      parts.add(
          (placeholders.size() == 1 ? "the placeholder " : "the placeholders ")
              + VerbAdvice.quoted(placeholders));
    }
    if (!vague.isEmpty()) {
      parts.add(
          (vague.size() == 1 ? "the vague word " : "the vague words ") + VerbAdvice.quoted(vague));
    }
    context.report(
        statement.textAt(),
        statement.label()
            + " contains "
            + VerbAdvice.andList(parts)
            + (count == 1 ? ", which leaves" : ", which leave")
            + " it unfinished or imprecise. An objective must say exactly what will be assessed"
            + " (IACET 5.1; Davenport University, verbs and phrases to avoid). Replace "
            + (count == 1 ? "it" : "them")
            + " with the specific content, e.g. name the tests instead of writing “various"
            + " tests” or “etc.”.");
  }

  private static List<String> distinctWords(List<ObjectiveText.Match> matches) {
    Set<String> words = new LinkedHashSet<>();
    matches.forEach(m -> words.add(m.words()));
    return List.copyOf(words);
  }
}
