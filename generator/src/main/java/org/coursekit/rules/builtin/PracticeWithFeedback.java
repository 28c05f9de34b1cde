package org.coursekit.rules.builtin;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Item;
import org.coursekit.model.QuizBlock;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleContext;

/**
 * MOD-003: every module has at least one formative item (an inline quiz or a quiz {@code ref} to a
 * formative item), and every formative item gives feedback: a general {@code feedback} or one on
 * every option.
 */
final class PracticeWithFeedback implements Rule {

  private static final String WHY =
      "Practice helps only when learners see why an answer is right or wrong (QM 3.5; ACPE"
          + " Standards 7 and 10).";

  @Override
  public String id() {
    return "MOD-003";
  }

  @Override
  public String name() {
    return "Each module has practice with feedback";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String help() {
    return "Learners need several chances to check their progress, with timely feedback (QM 3.5;"
        + " ACPE Standards 7 and 10; CCCEP active learning): every module has a formative quiz"
        + " and every formative item has feedback text.";
  }

  @Override
  public void check(Course course, RuleContext context) {
    Map<String, Item> items = new HashMap<>();
    course.items().forEach(item -> items.putIfAbsent(item.id(), item));
    // A quiz may refer to an item in a file that could not be read; that is no missing practice.
    boolean itemsRead = ReadableFiles.allReadableUnder(course, ReadableFiles.ITEMS);
    for (CourseModule module : ReadableFiles.modules(course)) {
      boolean practised =
          module.quizzes().stream()
              .map(quiz -> placed(quiz, items))
              .flatMap(Optional::stream)
              .anyMatch(item -> !item.summative());
      boolean unknownRef =
          module.quizzes().stream()
              .anyMatch(q -> q.ref() != null && !items.containsKey(q.ref().id()));
      if (!practised && (itemsRead || !unknownRef)) {
        context.report(
            module.at(),
            "Module "
                + Labels.module(module)
                + " has no formative practice: none of its ```quiz blocks holds or refers to a"
                + " formative item. "
                + WHY
                + " Add a quiz block to the body, e.g. one with `ref: Q-M01-F2` for an item in"
                + " items/, or an inline item with `use: formative`, options and feedback.");
      }
    }
    for (Item item : course.items()) {
      if (!item.summative()) {
        checkFeedback(item, context);
      }
    }
  }

  private static Optional<Item> placed(QuizBlock quiz, Map<String, Item> items) {
    return quiz.item() != null
        ? Optional.of(quiz.item())
        : Optional.ofNullable(items.get(quiz.ref().id()));
  }

  private static void checkFeedback(Item item, RuleContext context) {
    if (!YamlPaths.blank(item.feedback())) {
      return;
    }
    Optional<Item.Option> withoutFeedback =
        item.options().stream().filter(o -> YamlPaths.blank(o.feedback())).findFirst();
    boolean someHaveFeedback =
        item.options().stream().anyMatch(o -> !YamlPaths.blank(o.feedback()));
    if (someHaveFeedback && withoutFeedback.isEmpty()) {
      return;
    }
    if (someHaveFeedback) {
      context.report(
          withoutFeedback.get().at(),
          "This option of formative item "
              + Labels.code(item.id())
              + " has no `feedback`, and the item has no general `feedback` either. "
              + WHY
              + " Add one to this option, e.g. `feedback: Tracking numbers identify the shipment,"
              + " not the patient.`, or give the item a general `feedback`.");
      return;
    }
    context.report(
        item.source().positionOf("feedback"),
        "Formative item "
            + Labels.code(item.id())
            + " gives learners no feedback: it has no `feedback` and its options have none. "
            + WHY
            + " Add `feedback:` to the item, e.g. `feedback: Any reading outside the limit makes"
            + " the shipment a deviation.`, or a `feedback` to every option.");
  }
}
