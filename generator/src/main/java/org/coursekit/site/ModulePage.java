package org.coursekit.site;

import java.util.List;

/**
 * One module page ({@code module.ftlh}). {@code bodyHtml} is the rendered module with its quizzes
 * and glossary links; {@code disclosureHtml} is set on the first module only.
 *
 * @param previous the previous module, or null on the first
 * @param next the next module, or null on the last
 */
public record ModulePage(
    String title,
    String version,
    String duration,
    int number,
    int count,
    List<String> objectives,
    String disclosureHtml,
    String bodyHtml,
    List<ReferenceView> references,
    NavLink previous,
    NavLink next) {

  /** A cited source: the citation, then year and version, then a link when there is one. */
  public record ReferenceView(String citation, String details, String href) {}

  public ModulePage {
    objectives = List.copyOf(objectives);
    references = List.copyOf(references);
  }
}
