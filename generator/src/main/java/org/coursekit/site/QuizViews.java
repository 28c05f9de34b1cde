package org.coursekit.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coursekit.model.Item;
import org.coursekit.render.MarkdownRenderer;
import org.coursekit.render.MarkdownRenderer.Phrase;
import org.coursekit.render.ScriptJson;

/**
 * Builds the page model of a formative quiz from its item, with the answer key the quiz script
 * checks against. Summative items are refused: they never reach a page.
 */
final class QuizViews {

  private static final Set<String> OPEN_TYPES = Set.of("case", "performance", "observation");

  private static final Map<String, String> INSTRUCTIONS =
      Map.of(
          "single", "Choose one answer.",
          "multiple", "Choose all the answers that apply.",
          "numeric", "Enter a number.",
          "short", "Type your answer.",
          "matching", "Choose the match for each item.",
          "open", "Think about your answer, then open the feedback to compare.");

  private final MarkdownRenderer markdown;
  private final ScriptJson json = new ScriptJson();

  QuizViews(MarkdownRenderer markdown) {
    this.markdown = markdown;
  }

  /**
   * The quiz for {@code item}, or empty when the item is summative or has nothing a learner could
   * answer (the rules report incomplete items).
   *
   * @param domId the prefix of the quiz's element ids, unique on its page
   */
  Optional<QuizView> build(Item item, String domId) {
    if (item.summative()) {
      return Optional.empty();
    }
    return view(item, domId);
  }

  /**
   * The view of a summative item, for the assessment page of an LMS package only (never a site
   * page); empty when the item has nothing a learner could answer.
   */
  Optional<QuizView> buildSummative(Item item, String domId) {
    return item.summative() ? view(item, domId) : Optional.empty();
  }

  private Optional<QuizView> view(Item item, String domId) {
    if (item.type() == null) {
      return Optional.empty();
    }
    String type = OPEN_TYPES.contains(item.type()) ? "open" : item.type();
    Map<String, Object> key = new LinkedHashMap<>();
    key.put("type", type);
    List<QuizView.Choice> options = new ArrayList<>();
    List<QuizView.MatchRow> rows = new ArrayList<>();
    List<String> choices = new ArrayList<>();
    switch (type) {
      case "single", "multiple" -> {
        List<Integer> correct = new ArrayList<>();
        for (int i = 0; i < item.options().size(); i++) {
          Item.Option option = item.options().get(i);
          options.add(
              new QuizView.Choice(
                  domId + "-opt-" + (i + 1), phrase(option.text()), html(option.feedback())));
          if (option.correct()) {
            correct.add(i);
          }
        }
        if (options.isEmpty() || correct.isEmpty()) {
          return Optional.empty();
        }
        key.put("correct", correct);
      }
      case "numeric" -> {
        if (item.answer() == null || item.answer().value() == null) {
          return Optional.empty();
        }
        key.put("value", item.answer().value().toPlainString());
        key.put(
            "tolerance",
            item.answer().tolerance() == null ? "0" : item.answer().tolerance().toPlainString());
      }
      case "short" -> {
        if (item.accept().isEmpty()) {
          return Optional.empty();
        }
        key.put("accept", item.accept());
      }
      case "matching" -> {
        if (item.pairs().isEmpty()) {
          return Optional.empty();
        }
        item.pairs().stream()
            .map(pair -> plain(pair.right()))
            .distinct()
            .sorted(Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT)))
            .forEach(choices::add);
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < item.pairs().size(); i++) {
          Item.MatchPair pair = item.pairs().get(i);
          rows.add(new QuizView.MatchRow(domId + "-row-" + (i + 1), phrase(pair.left())));
          answers.add(choices.indexOf(plain(pair.right())));
        }
        key.put("answers", answers);
      }
      case "open" -> {}
      default -> {
        return Optional.empty();
      }
    }
    Phrase stem = markdown.renderPhrase(item.stem());
    return Optional.of(
        new QuizView(
            item.id(),
            domId,
            type,
            INSTRUCTIONS.get(type),
            stem.html(),
            stem.phrasing(),
            options,
            rows,
            choices,
            html(item.feedback()),
            json.write(key)));
  }

  private String phrase(String text) {
    return markdown.renderPhrase(text).html();
  }

  private String html(String text) {
    return text == null || text.isBlank() ? "" : markdown.renderPhrase(text).html();
  }

  private String plain(String text) {
    return text == null ? "" : markdown.plainText(text).strip();
  }
}
