package org.coursekit.render;

/**
 * Supplies the HTML that replaces each {@code ```quiz} block of a Markdown text. Lines are 0-based
 * and relative to the Markdown text; the HTML is inserted as is.
 */
@FunctionalInterface
public interface QuizSlots {

  /** No quizzes: every quiz block is left out. */
  QuizSlots NONE = (ordinal, firstLine, lastLine) -> "";

  /**
   * The HTML for the {@code ordinal}-th (0-based) quiz block, spanning {@code firstLine} to {@code
   * lastLine}; empty to leave the block out.
   */
  String render(int ordinal, int firstLine, int lastLine);
}
