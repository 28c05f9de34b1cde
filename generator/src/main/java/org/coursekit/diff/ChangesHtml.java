package org.coursekit.diff;

import java.util.List;
import java.util.function.Function;
import org.coursekit.diff.ChangesView.FindingLine;
import org.coursekit.diff.ChangesView.Line;
import org.coursekit.diff.ChangesView.Page;

/**
 * changes.html: the change report as one self-contained page (no script, no external request) for
 * reviewers who do not read Markdown. Insertions are underlined in {@code <ins>} and deletions
 * struck through in {@code <del>}, with colour as a second cue only, and both are announced to
 * screen readers, which ignore the two elements by default.
 */
final class ChangesHtml {

  private static final String STYLE =
      """
      :root { --bg: #ffffff; --surface: #f3f5f8; --text: #1b1f24; --muted: #4a5360;
        --rule: #c9d1db; --accent: #0b57a4; --ins: #dff3e3; --ins-text: #0d4a1f; --del: #fde2e1;
        --del-text: #7a1410; --fail: #b42318; --review: #8a5a00; --pass: #17692f;
        color-scheme: light dark; }
      @media (prefers-color-scheme: dark) {
        :root { --bg: #11161d; --surface: #1a212b; --text: #e6e9ee; --muted: #b3bcc8;
          --rule: #3b4654; --accent: #8cc4ff; --ins: #12331c; --ins-text: #b8f0c6;
          --del: #3a1715; --del-text: #ffc9c4; --fail: #ff9b8f; --review: #f5c86a;
          --pass: #6fdd8b; }
      }
      * { box-sizing: border-box; }
      body { margin: 0; background: var(--bg); color: var(--text); line-height: 1.5;
        font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
        sans-serif; }
      main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
      h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--rule); }
      code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        background: var(--surface); padding: 0 0.2em; border-radius: 0.2rem;
        overflow-wrap: anywhere; }
      .verdict { padding: 0.75rem 1rem; border-left: 0.4rem solid; background: var(--surface); }
      .verdict-fail { border-color: var(--fail); }
      .verdict-review { border-color: var(--review); }
      .verdict-pass { border-color: var(--pass); }
      ins { background: var(--ins); color: var(--ins-text); text-decoration: underline;
        text-decoration-thickness: 2px; }
      del { background: var(--del); color: var(--del-text); text-decoration: line-through; }
      ins.block, del.block { display: block; padding: 0 0.5rem; border-left: 0.3rem solid; }
      ins::before, ins::after, del::before, del::after { position: absolute; width: 1px;
        height: 1px; overflow: hidden; clip-path: inset(100%); white-space: nowrap; }
      ins::before { content: " [insertion start] "; } ins::after { content: " [insertion end] "; }
      del::before { content: " [deletion start] "; } del::after { content: " [deletion end] "; }
      .page { border: 1px solid var(--rule); border-radius: 0.3rem; padding: 0 1rem 1rem;
        margin: 1.5rem 0; }
      .item::before { content: "• "; }
      .cell { padding-left: 1rem; }
      .elided { color: var(--muted); font-style: italic; }
      .impact { color: var(--muted); }
      table { border-collapse: collapse; width: 100%; }
      th, td { border: 1px solid var(--rule); padding: 0.4rem 0.6rem; text-align: left;
        vertical-align: top; }
      thead th { background: var(--surface); }
      """;

  private ChangesHtml() {}

  static String of(ChangesView view) {
    StringBuilder html = new StringBuilder();
    html.append("<!doctype html>\n<html lang=\"")
        .append(esc(view.lang()))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Changes – ")
        .append(esc(view.title()))
        .append(' ')
        .append(esc(view.version()))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n");
    html.append("<h1>Changes in ")
        .append(esc(view.title()))
        .append(' ')
        .append(esc(view.version()))
        .append("</h1>\n");
    html.append("<p>Compared with release <code>")
        .append(esc(view.previousName()))
        .append("</code> (version ")
        .append(esc(view.previousVersion()))
        .append(")")
        .append(view.buildDate() == null ? "" : ", built " + esc(view.buildDate()))
        .append(". Inserted text is <ins>underlined</ins>, deleted text <del>struck")
        .append(" through</del>.</p>\n");
    html.append("<p class=\"verdict verdict-")
        .append(view.status())
        .append("\"><strong>Classification: ")
        .append(esc(view.classification()))
        .append(".</strong> ")
        .append(DiffMarkup.proseHtml(view.advice()))
        .append("</p>\n");
    section(html, "guard", "Release guard", view.guard(), ChangesHtml::finding);
    html.append("<section aria-labelledby=\"objectives\">\n")
        .append("<h2 id=\"objectives\">Objectives and outcomes</h2>\n");
    if (view.reworded().isEmpty()
        && view.objectivesAdded().isEmpty()
        && view.objectivesRemoved().isEmpty()) {
      html.append("<p>No objective or outcome was added, removed or reworded.</p>\n");
    } else if (!view.reworded().isEmpty()) {
      list(
          html,
          view.reworded(),
          r -> esc(r.noun()) + " <code>" + esc(r.id()) + "</code> reworded: " + r.html());
    }
    if (!view.objectivesAdded().isEmpty()) {
      html.append("<p>Objectives added: ").append(codes(view.objectivesAdded())).append("</p>\n");
    }
    if (!view.objectivesRemoved().isEmpty()) {
      html.append("<p>Objectives removed: ")
          .append(codes(view.objectivesRemoved()))
          .append("</p>\n");
    }
    html.append("</section>\n");
    items(html, view);
    section(
        html,
        "assessment",
        "Assessment, blueprint and passing rule",
        view.assessment(),
        ChangesHtml::line);
    section(html, "others", "Other changes", view.others(), ChangesHtml::line);
    findings(html, view);
    pages(html, view.pages());
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void items(StringBuilder html, ChangesView view) {
    html.append("<section aria-labelledby=\"items\">\n<h2 id=\"items\">Items per objective</h2>\n");
    if (view.items().isEmpty()) {
      html.append("<p>No item was added to or removed from any objective.</p>\n");
    } else {
      html.append("<table>\n<thead><tr><th scope=\"col\">Objective</th>")
          .append("<th scope=\"col\">Items added</th><th scope=\"col\">Items removed</th>")
          .append("</tr></thead>\n<tbody>\n");
      for (ChangesView.ObjectiveItems row : view.items()) {
        html.append("<tr><th scope=\"row\"><code>")
            .append(esc(row.objective()))
            .append("</code></th><td>")
            .append(row.added().isEmpty() ? "None" : codes(row.added()))
            .append("</td><td>")
            .append(row.removed().isEmpty() ? "None" : codes(row.removed()))
            .append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }
    html.append("</section>\n");
  }

  private static void findings(StringBuilder html, ChangesView view) {
    html.append("<section aria-labelledby=\"findings\">\n<h2 id=\"findings\">Findings</h2>\n");
    if (!view.findingsCompared()) {
      html.append("<p>Not compared: a package carries no findings. Compare with the release's")
          .append(" git tag or course folder to see findings new and fixed.</p>\n");
    } else {
      html.append("<h3>New (").append(view.newFindings().size()).append(")</h3>\n");
      list(html, view.newFindings(), ChangesHtml::finding);
      html.append("<h3>Fixed (").append(view.fixedFindings().size()).append(")</h3>\n");
      list(html, view.fixedFindings(), ChangesHtml::finding);
    }
    html.append("</section>\n");
  }

  private static void pages(StringBuilder html, List<Page> pages) {
    html.append("<section aria-labelledby=\"pages\">\n")
        .append("<h2 id=\"pages\">Changed module pages</h2>\n");
    if (pages.isEmpty()) {
      html.append("<p>No module page looks different.</p>\n");
    }
    for (Page page : pages) {
      String id = "page-" + page.moduleId().replaceAll("[^A-Za-z0-9_-]", "_");
      html.append("<article class=\"page\" aria-labelledby=\"")
          .append(id)
          .append("\">\n<h3 id=\"")
          .append(id)
          .append("\">")
          .append(esc(page.title()))
          .append(" <code>")
          .append(esc(page.moduleId()))
          .append("</code> (")
          .append(esc(page.status()))
          .append(")</h3>\n<p class=\"impact\">")
          .append(page.summary())
          .append(".</p>\n")
          .append(page.html())
          .append("</article>\n");
    }
    html.append("</section>\n");
  }

  private static <T> void section(
      StringBuilder html, String id, String title, List<T> entries, Function<T, String> f) {
    html.append("<section aria-labelledby=\"")
        .append(id)
        .append("\">\n<h2 id=\"")
        .append(id)
        .append("\">")
        .append(title)
        .append("</h2>\n");
    list(html, entries, f);
    html.append("</section>\n");
  }

  private static <T> void list(StringBuilder html, List<T> entries, Function<T, String> f) {
    if (entries.isEmpty()) {
      html.append("<p>None.</p>\n");
      return;
    }
    html.append("<ul>\n");
    entries.forEach(e -> html.append("<li>").append(f.apply(e)).append("</li>\n"));
    html.append("</ul>\n");
  }

  private static String line(Line line) {
    return "<strong>"
        + esc(line.changeClass())
        + "</strong>: "
        + DiffMarkup.proseHtml(line.description())
        + (line.impact().isEmpty()
            ? ""
            : " <span class=\"impact\">In the LMS: "
                + DiffMarkup.proseHtml(line.impact())
                + "</span>");
  }

  private static String finding(FindingLine finding) {
    return esc(finding.severity())
        + " ["
        + esc(finding.rule())
        + "] <code>"
        + esc(finding.where())
        + "</code> "
        + DiffMarkup.proseHtml(finding.message());
  }

  private static String codes(List<String> ids) {
    return String.join(", ", ids.stream().map(id -> "<code>" + esc(id) + "</code>").toList());
  }

  private static String esc(String text) {
    return DiffMarkup.escapeHtml(text);
  }
}
