package org.coursekit.render;

/**
 * How one Markdown text is rendered.
 *
 * @param dropLeadingTitle leave out a level-1 heading that opens the text (the page template prints
 *     the title itself, and a page has one {@code h1})
 * @param minHeadingLevel the level the text's highest heading is moved to, so embedded text fits
 *     under the page's own headings
 * @param quizzes the HTML of the text's quiz blocks
 */
public record MarkdownOptions(boolean dropLeadingTitle, int minHeadingLevel, QuizSlots quizzes) {

  /** A page body: leading title dropped, headings from {@code h2}, with the given quizzes. */
  public static MarkdownOptions page(QuizSlots quizzes) {
    return new MarkdownOptions(true, 2, quizzes);
  }

  /** A text embedded in a page section whose heading is at {@code sectionLevel}. */
  public static MarkdownOptions fragment(int sectionLevel) {
    return new MarkdownOptions(false, Math.min(sectionLevel + 1, 6), QuizSlots.NONE);
  }
}
