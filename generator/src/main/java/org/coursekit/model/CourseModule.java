package org.coursekit.model;

import java.util.List;
import org.coursekit.diag.SourceRef;
import org.coursekit.yaml.YamlMap;

/**
 * One module ({@code modules/<id>.md}): its front matter, its Markdown body and what the loader
 * found in the body. Named {@code CourseModule}, not {@code Module}, to stay clear of {@link
 * java.lang.Module}.
 *
 * @param file the module file relative to the course folder, e.g. {@code modules/m01-receipt.md}
 * @param body the Markdown after the front matter, line endings normalised to LF
 * @param bodyLine the 1-based file line on which {@code body} starts
 * @param markup the body's raw HTML and link and image targets, in source order
 */
public record CourseModule(
    String id,
    String file,
    String title,
    String version,
    Integer durationMinutes,
    List<Ref> prerequisites,
    List<Objective> objectives,
    List<Ref> authors,
    Review review,
    List<Reference> references,
    Boolean aiAssisted,
    List<Suppression> suppressions,
    String body,
    int bodyLine,
    List<Section> sections,
    List<QuizBlock> quizzes,
    List<ImageRef> images,
    List<RawMarkup> markup,
    SourceRef at,
    YamlMap source) {

  public CourseModule {
    prerequisites = List.copyOf(prerequisites);
    objectives = List.copyOf(objectives);
    authors = List.copyOf(authors);
    references = List.copyOf(references);
    suppressions = List.copyOf(suppressions);
    sections = List.copyOf(sections);
    quizzes = List.copyOf(quizzes);
    images = List.copyOf(images);
    markup = List.copyOf(markup);
  }
}
