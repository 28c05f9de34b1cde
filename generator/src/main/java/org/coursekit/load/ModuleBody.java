package org.coursekit.load;

import java.util.List;
import org.coursekit.model.ImageRef;
import org.coursekit.model.QuizBlock;
import org.coursekit.model.RawMarkup;
import org.coursekit.model.Section;

/** What {@link ModuleBodyScanner} found in a module's Markdown, in source order. */
record ModuleBody(
    List<Section> sections,
    List<QuizBlock> quizzes,
    List<ImageRef> images,
    List<RawMarkup> markup) {
  ModuleBody {
    sections = List.copyOf(sections);
    quizzes = List.copyOf(quizzes);
    images = List.copyOf(images);
    markup = List.copyOf(markup);
  }
}
