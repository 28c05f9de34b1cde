package org.coursekit.site;

import java.util.Optional;
import org.coursekit.model.Item;
import org.coursekit.render.MarkdownRenderer;

/**
 * Renders summative items the way formative quizzes are rendered, with the same answer keys, for
 * the one place they may appear: the assessment page inside an LMS package. Site pages never use
 * this class.
 */
public final class SummativeItemViews {

  private final QuizViews views;

  public SummativeItemViews(MarkdownRenderer markdown) {
    this.views = new QuizViews(markdown);
  }

  /**
   * The item's view, or empty when it is not summative or has nothing a learner could answer (no
   * options, no key).
   *
   * @param domId the prefix of the item's element ids on the assessment page
   */
  public Optional<QuizView> view(Item item, String domId) {
    return views.buildSummative(item, domId);
  }
}
