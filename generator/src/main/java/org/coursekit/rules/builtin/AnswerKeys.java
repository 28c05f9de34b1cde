package org.coursekit.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import org.coursekit.diag.Severity;
import org.coursekit.diag.Suggestions;
import org.coursekit.model.Course;
import org.coursekit.model.Item;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;
import org.coursekit.yaml.YamlMap;

/**
 * ASM-005: every item has the key its type needs (course-format section 10), selected-response
 * items have at least two distractors, keyed items a rationale (a warning), and rubric-scored items
 * a rubric whose criteria have points and an objective.
 */
final class AnswerKeys implements Rule {

  private static final List<String> TYPES =
      List.of(
          "single",
          "multiple",
          "numeric",
          "short",
          "matching",
          "case",
          "performance",
          "observation");
  private static final int MIN_DISTRACTORS = 2;
  private static final String WHY_KEY =
      "Without a key the item cannot be scored the same way for every learner (QM 3.3).";

  @Override
  public String id() {
    return "ASM-005";
  }

  @Override
  public String name() {
    return "Keys, rationales and rubrics are present";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String help() {
    return "Items must be scored consistently and defensibly (QM 3.3; item-writing practice): the"
        + " key each type needs, at least two distractors for choice items, a rationale (warning"
        + " if missing), and for case, performance and observation items a rubric whose criteria"
        + " have points and an objective.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    for (Item item : course.items()) {
      String type = item.type();
      if (type == null) {
        context.report(
            item.source().positionOf("type"),
            "Item "
                + Labels.code(item.id())
                + " has no `type`, so its key cannot be checked. Add one of "
                + Labels.codes(TYPES, "or")
                + ", e.g. `type: single`.");
        continue;
      }
      switch (type) {
        case "single", "multiple" -> checkChoices(item, context);
        case "numeric" -> checkNumeric(item, context);
        case "short" -> checkShort(item, context);
        case "matching" -> checkMatching(item, context);
        case "case", "performance", "observation" -> checkRubric(item, context);
        default -> {
          String hint = Suggestions.didYouMean(type, TYPES);
          context.report(
              item.source().positionOf("type"),
              "Item "
                  + Labels.code(item.id())
                  + " has the type "
                  + Labels.code(type)
                  + ", which CourseKit does not know, so its key cannot be checked. Use one of "
                  + Labels.codes(TYPES, "or")
                  + "."
                  + (hint.isEmpty() ? "" : " " + hint));
          continue;
        }
      }
      if (!FormItems.taskType(item) && YamlPaths.blank(item.rationale())) {
        context.report(
            Severity.WARNING,
            item.source().positionOf("rationale"),
            "Item "
                + Labels.code(item.id())
                + " has no `rationale`. A rationale records why the key is right and the other"
                + " answers wrong, for reviewers and for learners who challenge a question (QM"
                + " 3.3). Add one, e.g. `rationale: The SOP limit applies to every reading.`");
      }
    }
  }

  private static void checkChoices(Item item, RuleContext context) {
    YamlMap source = item.source();
    String noun = "single".equals(item.type()) ? "Single-choice item " : "Multiple-choice item ";
    if (item.options().isEmpty()) {
      context.report(
          source.positionOf("options"),
          noun
              + Labels.code(item.id())
              + " has no `options`. Add the answers to choose from, one marked `correct: true`,"
              + " e.g. `options: [{ text: The chain-of-identity identifier, correct: true }, {"
              + " text: The tracking number }, { text: The shipper ID }]`.");
      return;
    }
    List<Item.Option> keys = item.options().stream().filter(Item.Option::correct).toList();
    if (keys.isEmpty()) {
      context.report(
          source.positionOf("options"),
          noun
              + Labels.code(item.id())
              + " has no correct option. "
              + WHY_KEY
              + " Mark "
              + ("single".equals(item.type()) ? "the" : "each")
              + " correct option with `correct: true`.");
    } else if ("single".equals(item.type()) && keys.size() > 1) {
      context.report(
          keys.get(1).at(),
          noun
              + Labels.code(item.id())
              + " marks "
              + keys.size()
              + " options as correct, but a single-choice item has exactly one key. Keep"
              + " `correct: true` on one option, or make it `type: multiple` if learners must"
              + " select several.");
    }
    int distractors = item.options().size() - keys.size();
    if (distractors < MIN_DISTRACTORS) {
      context.report(
          source.positionOf("options"),
          noun
              + Labels.code(item.id())
              + " has "
              + (distractors == 0 ? "no wrong option" : "only 1 wrong option")
              + "; a choice item needs at least "
              + MIN_DISTRACTORS
              + " plausible distractors so that guessing rarely succeeds (item-writing practice;"
              + " QM 3.3). Add wrong options, e.g. `- text: The courier's tracking number`.");
    }
  }

  private static void checkNumeric(Item item, RuleContext context) {
    Item.NumericAnswer answer = item.answer();
    String example = "`answer: { value: 2.5, tolerance: 0.1 }`";
    if (answer == null) {
      context.report(
          item.source().positionOf("answer"),
          "Numeric item "
              + Labels.code(item.id())
              + " has no `answer`. "
              + WHY_KEY
              + " Add the value and the tolerance accepted around it, e.g. "
              + example
              + " (tolerance 0 for an exact answer).");
      return;
    }
    List<String> missing = new ArrayList<>();
    if (answer.value() == null) {
      missing.add("value");
    }
    if (answer.tolerance() == null) {
      missing.add("tolerance");
    }
    if (!missing.isEmpty()) {
      context.report(
          item.source().positionOf("answer"),
          "The `answer` of numeric item "
              + Labels.code(item.id())
              + " has no "
              + String.join(" and no ", missing.stream().map(Labels::code).toList())
              + ". "
              + WHY_KEY
              + " Write both, e.g. "
              + example
              + " (tolerance 0 for an exact answer).");
    } else if (answer.tolerance().signum() < 0) {
      context.report(
          YamlPaths.at(item.source(), "answer.tolerance"),
          "The tolerance of numeric item "
              + Labels.code(item.id())
              + " is negative, so no answer can be right. Write how far an answer may be from the"
              + " value, e.g. `tolerance: 0.1`.");
    }
  }

  private static void checkShort(Item item, RuleContext context) {
    if (item.accept().stream().allMatch(YamlPaths::blank)) {
      context.report(
          item.source().positionOf("accept"),
          "Short-answer item "
              + Labels.code(item.id())
              + " lists no accepted answers. "
              + WHY_KEY
              + " Add them, e.g. `accept: [\"chain of identity\", COI]`.");
    }
  }

  private static void checkMatching(Item item, RuleContext context) {
    if (item.pairs().isEmpty()) {
      context.report(
          item.source().positionOf("pairs"),
          "Matching item "
              + Labels.code(item.id())
              + " has no `pairs`. "
              + WHY_KEY
              + " Add them, e.g. `pairs: [{ left: COI, right: Chain of identity }, { left: COC,"
              + " right: Chain of custody }]`.");
      return;
    }
    for (int i = 0; i < item.pairs().size(); i++) {
      Item.MatchPair pair = item.pairs().get(i);
      if (YamlPaths.blank(pair.left()) || YamlPaths.blank(pair.right())) {
        context.report(
            YamlPaths.entryAt(item.source(), "pairs", i),
            "This pair of matching item "
                + Labels.code(item.id())
                + " lacks its "
                + (YamlPaths.blank(pair.left()) ? "`left`" : "`right`")
                + " side. Write both sides, e.g. `{ left: COI, right: Chain of identity }`.");
      }
    }
  }

  private static void checkRubric(Item item, RuleContext context) {
    if (item.rubric().isEmpty()) {
      context.report(
          item.source().positionOf("rubric"),
          "The "
              + item.type()
              + " item "
              + Labels.code(item.id())
              + " has no rubric. Scorers need specific criteria tied to the objectives to judge a"
              + " response fairly (QM 3.3). Add e.g. `rubric: [{ criterion: Labels checked before"
              + " opening, points: 2, objective: LO-M01-1 }]`.");
      return;
    }
    for (int i = 0; i < item.rubric().size(); i++) {
      Item.RubricCriterion criterion = item.rubric().get(i);
      List<String> missing = new ArrayList<>();
      if (YamlPaths.blank(criterion.criterion())) {
        missing.add("`criterion`");
      }
      if (criterion.points() == null || criterion.points().signum() <= 0) {
        missing.add("`points` above 0");
      }
      if (criterion.objective() == null) {
        missing.add("`objective`");
      }
      if (!missing.isEmpty()) {
        context.report(
            YamlPaths.entryAt(item.source(), "rubric", i),
            "This rubric criterion of "
                + Labels.code(item.id())
                + " has no "
                + String.join(", no ", missing)
                + ". Each criterion says what is judged, how many points it is worth and which"
                + " objective it measures (QM 3.3). Complete it, e.g. `{ criterion: Labels checked"
                + " before opening, points: 2, objective: LO-M01-1 }`.");
      }
    }
  }
}
