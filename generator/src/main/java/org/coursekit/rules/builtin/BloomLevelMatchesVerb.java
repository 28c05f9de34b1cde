package org.coursekit.rules.builtin;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coursekit.diag.Severity;
import org.coursekit.diag.Suggestions;
import org.coursekit.model.BloomLevel;
import org.coursekit.model.Course;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.rules.language.Domain;
import org.coursekit.rules.language.ObjectiveText;
import org.coursekit.rules.language.VerbCatalog;

/**
 * LO-003: a module objective declares a valid {@code bloom_level} (missing or invalid is an error),
 * and the lead verb of an objective or outcome belongs to that level (a mismatch is a warning).
 * Psychomotor and affective objectives are exempt from the agreement check (course-format.md
 * section 10); an outcome's missing or invalid level is PRG-002's to report.
 */
final class BloomLevelMatchesVerb implements Rule {

  private static final List<String> LEVEL_WORDS =
      Arrays.stream(BloomLevel.values()).map(BloomLevel::word).toList();

  private static final String WHY =
      " The level tells learners and assessors what kind of performance to expect (Anderson &"
          + " Krathwohl 2001; IACET Annex 3).";

  @Override
  public String id() {
    return "LO-003";
  }

  @Override
  public String name() {
    return "Bloom level is declared and agrees with the verb";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String help() {
    return "Anderson & Krathwohl (2001) and IACET Annex 3: each objective declares its cognitive"
        + " level, and its verb should be one of that level's verbs, so that teaching and items"
        + " aim at the same level. Verbs listed at several levels are accepted for each; the"
        + " agreement check is a heuristic, so it is a warning.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    VerbCatalog catalog = VerbCatalog.builtin();
    for (ObjectiveStatement statement : ObjectiveStatement.of(course)) {
      boolean cognitive = statement.domainOrCognitive() == Domain.COGNITIVE;
      Optional<ObjectiveText> text =
          statement.hasText()
              ? Optional.of(context.index().objectiveText(statement.text(), catalog))
              : Optional.empty();
      String declared = statement.bloomLevel();
      if (declared == null || declared.isBlank()) {
        if (cognitive && !statement.outcome()) {
          reportMissing(statement, text, catalog, context);
        }
      } else if (statement.level().isEmpty()) {
        if (!statement.outcome()) {
          reportInvalid(statement, context);
        }
      } else if (cognitive) {
        text.ifPresent(t -> checkAgreement(statement, t, catalog, context));
      }
    }
  }

  private static void reportMissing(
      ObjectiveStatement statement,
      Optional<ObjectiveText> text,
      VerbCatalog catalog,
      RuleContext context) {
    String example =
        text.flatMap(t -> leadLevels(t, catalog).stream().findFirst())
            .map(
                level ->
                    "`bloom_level: " + level.word() + "` for “" + text.get().lead().words() + "”")
            .orElse("`bloom_level: apply`");
    context.report(
        Severity.ERROR,
        statement.source().at(),
        statement.label()
            + " has no `bloom_level`."
            + WHY
            + " Add the level its verb aims at, e.g. "
            + example
            + " (one of "
            + VerbAdvice.orList(LEVEL_WORDS)
            + ").");
  }

  private static void reportInvalid(ObjectiveStatement statement, RuleContext context) {
    String hint = Suggestions.didYouMean(statement.bloomLevel(), LEVEL_WORDS);
    context.report(
        Severity.ERROR,
        statement.bloomLevelAt(),
        "`bloom_level: "
            + statement.bloomLevel()
            + "` of "
            + statement.name()
            + " is not a Bloom level."
            + WHY
            + " Use one of "
            + VerbAdvice.orList(LEVEL_WORDS)
            + "."
            + (hint.isEmpty() ? "" : " " + hint));
  }

  private static void checkAgreement(
      ObjectiveStatement statement, ObjectiveText text, VerbCatalog catalog, RuleContext context) {
    Set<BloomLevel> levels = leadLevels(text, catalog);
    BloomLevel declared = statement.level().orElseThrow();
    if (levels.isEmpty() || levels.contains(declared)) {
      return;
    }
    List<String> names = levels.stream().map(VerbAdvice::levelName).toList();
    List<String> words = levels.stream().map(l -> "`" + l.word() + "`").toList();
    context.report(
        statement.bloomLevelAt(),
        statement.label()
            + " declares `bloom_level: "
            + declared.word()
            + "`, but its verb “"
            + text.lead().words()
            + "” is "
            + (levels.size() == 1
                ? "a verb of the " + names.get(0) + " level."
                : "a verb of the " + VerbAdvice.andList(names) + " levels.")
            + WHY
            + " Start with "
            + VerbAdvice.suggestion(catalog, Domain.COGNITIVE, Optional.of(declared))
            + ", or change `bloom_level` to "
            + VerbAdvice.orList(words)
            + (statement.outcome()
                ? "."
                : "; if the verb's object really makes this "
                    + VerbAdvice.levelName(declared)
                    + " work, add LO-003 with that reason to the module's `lint.ignore`."));
  }

  /** The levels of the lead verb; empty unless it is a listed, measurable verb. */
  private static Set<BloomLevel> leadLevels(ObjectiveText text, VerbCatalog catalog) {
    if (text.lead().kind() != ObjectiveText.LeadKind.VERB
        || catalog.isBlocked(text.lead().verb())) {
      return Set.of();
    }
    return catalog.levelsOf(text.lead().verb());
  }
}
