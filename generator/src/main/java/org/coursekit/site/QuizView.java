package org.coursekit.site;

import java.util.List;

/**
 * One formative quiz ({@code quiz.ftlh}). {@code type} is {@code single}, {@code multiple}, {@code
 * numeric}, {@code short}, {@code matching} or {@code open} (case, performance and observation
 * items, shown as a question with feedback to reveal). {@code keyJson} is the answer key the quiz
 * script reads; it is safe to place inside a {@code <script>} element.
 *
 * @param domId the prefix of every element id of this quiz on its page
 * @param stemPhrasing true when the stem has no block elements, so it can be the legend itself
 */
public record QuizView(
    String itemId,
    String domId,
    String type,
    String instruction,
    String stemHtml,
    boolean stemPhrasing,
    List<Choice> options,
    List<MatchRow> rows,
    List<String> choices,
    String feedbackHtml,
    String keyJson) {

  /** A selectable option with the feedback shown when it is chosen (HTML, may be empty). */
  public record Choice(String id, String html, String feedbackHtml) {}

  /** The left side of a matching pair; the learner picks its match from {@code choices}. */
  public record MatchRow(String id, String html) {}

  public QuizView {
    options = List.copyOf(options);
    rows = List.copyOf(rows);
    choices = List.copyOf(choices);
  }
}
