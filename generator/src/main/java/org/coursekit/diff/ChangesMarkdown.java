package org.coursekit.diff;

import java.util.List;
import java.util.function.Function;
import org.coursekit.diff.ChangesView.FindingLine;
import org.coursekit.diff.ChangesView.Line;

/**
 * changes.md: the change report as GitHub Markdown, to post as a pull-request comment. GitHub
 * accepts comments of up to 65,536 characters; a longer report is summarised (the first entries of
 * each list, then only counts), and changes.html always has everything.
 */
final class ChangesMarkdown {

  /** Below GitHub's 65,536-character limit for a comment, with room for a bot's own header. */
  static final int MAX_CHARS = 60_000;

  /** Entries per list in a summarised report. */
  private static final int SUMMARY_ENTRIES = 10;

  private ChangesMarkdown() {}

  static String of(ChangesView view) {
    String full = render(view, Integer.MAX_VALUE);
    if (full.length() <= MAX_CHARS) {
      return full;
    }
    String summary = render(view, SUMMARY_ENTRIES);
    return summary.length() <= MAX_CHARS ? summary : render(view, 0);
  }

  private static String render(ChangesView view, int limit) {
    StringBuilder md = new StringBuilder();
    md.append("## Course changes: ")
        .append(DiffMarkup.escapeMarkdown(view.title()))
        .append(' ')
        .append(DiffMarkup.escapeMarkdown(view.version()))
        .append("\n\n");
    md.append("Compared with release ")
        .append(code(view.previousName()))
        .append(" (version ")
        .append(DiffMarkup.escapeMarkdown(view.previousVersion()))
        .append(")")
        .append(view.buildDate() == null ? "" : ", built " + view.buildDate())
        .append(".\n\n");
    md.append("**Classification: ")
        .append(view.classification())
        .append(".** ")
        .append(DiffMarkup.proseMarkdown(view.advice()))
        .append("\n");
    if (limit < Integer.MAX_VALUE) {
      md.append("\n> [!NOTE]\n> This report is summarised to fit a comment; changes.html in the")
          .append(" build's reports has every change.\n");
    }
    if (!view.guard().isEmpty()) {
      md.append("\n### Release guard\n\n");
      list(md, view.guard(), limit, ChangesMarkdown::finding);
    }
    if (!view.reworded().isEmpty()
        || !view.objectivesAdded().isEmpty()
        || !view.objectivesRemoved().isEmpty()) {
      md.append("\n### Objectives and outcomes\n\n");
      if (!view.reworded().isEmpty()) {
        list(
            md,
            view.reworded(),
            limit,
            r -> r.noun() + " " + code(r.id()) + " reworded: " + r.markdown());
      }
      if (!view.objectivesAdded().isEmpty()) {
        list(md, view.objectivesAdded(), limit, id -> "objective " + code(id) + " added");
      }
      if (!view.objectivesRemoved().isEmpty()) {
        list(md, view.objectivesRemoved(), limit, id -> "objective " + code(id) + " removed");
      }
    }
    if (!view.items().isEmpty()) {
      md.append("\n### Items per objective\n\n");
      md.append("| Objective | Items added | Items removed |\n|---|---|---|\n");
      List<ChangesView.ObjectiveItems> rows = view.items();
      rows.stream()
          .limit(limit)
          .forEach(
              row ->
                  md.append("| ")
                      .append(code(row.objective()))
                      .append(" | ")
                      .append(ids(row.added()))
                      .append(" | ")
                      .append(ids(row.removed()))
                      .append(" |\n"));
      more(md, rows.size(), limit);
    }
    if (!view.assessment().isEmpty()) {
      md.append("\n### Assessment, blueprint and passing rule\n\n");
      list(md, view.assessment(), limit, ChangesMarkdown::line);
    }
    if (!view.others().isEmpty()) {
      md.append("\n### Other changes\n\n");
      list(md, view.others(), limit, ChangesMarkdown::line);
    }
    md.append("\n### Findings\n\n");
    if (!view.findingsCompared()) {
      md.append("Not compared: a package carries no findings. Compare with the release's git tag")
          .append(" or course folder to see findings new and fixed.\n");
    } else if (view.newFindings().isEmpty() && view.fixedFindings().isEmpty()) {
      md.append("No finding appeared or was fixed.\n");
    } else {
      md.append("**New** (").append(view.newFindings().size()).append("):\n\n");
      list(md, view.newFindings(), limit, ChangesMarkdown::finding);
      md.append("\n**Fixed** (").append(view.fixedFindings().size()).append("):\n\n");
      list(md, view.fixedFindings(), limit, ChangesMarkdown::finding);
    }
    md.append("\n### Changed module pages\n\n");
    if (view.pages().isEmpty()) {
      md.append("No module page looks different.\n");
    } else {
      list(
          md,
          view.pages(),
          limit,
          p ->
              code(p.moduleId())
                  + " "
                  + DiffMarkup.escapeMarkdown(p.title())
                  + " ("
                  + p.status()
                  + "): "
                  + p.summary());
      md.append("\nchanges.html shows each page as learners see it, with insertions and")
          .append(" deletions marked.\n");
    }
    return md.toString();
  }

  private static <T> void list(
      StringBuilder md, List<T> entries, int limit, Function<T, String> f) {
    if (entries.isEmpty()) {
      md.append("None.\n");
      return;
    }
    entries.stream().limit(limit).forEach(e -> md.append("- ").append(f.apply(e)).append('\n'));
    more(md, entries.size(), limit);
  }

  private static void more(StringBuilder md, int size, int limit) {
    if (size > limit) {
      md.append(limit == 0 ? "" : "- … ")
          .append(limit == 0 ? size + " entries" : "and " + (size - limit) + " more")
          .append(" (see changes.html)\n");
    }
  }

  private static String line(Line line) {
    return "**"
        + line.changeClass()
        + "**: "
        + DiffMarkup.proseMarkdown(line.description())
        + (line.impact().isEmpty()
            ? ""
            : ". In the LMS: " + DiffMarkup.proseMarkdown(line.impact()));
  }

  private static String finding(FindingLine finding) {
    return finding.severity()
        + " \\["
        + finding.rule()
        + "\\] "
        + code(finding.where())
        + " "
        + DiffMarkup.proseMarkdown(finding.message());
  }

  private static String ids(List<String> ids) {
    return ids.isEmpty()
        ? "–"
        : String.join(", ", ids.stream().map(ChangesMarkdown::code).toList());
  }

  /** Inline code; backticks inside are not expected in ids and file names, so they are dropped. */
  private static String code(String text) {
    return "`" + (text == null ? "" : text.replace("`", "").replace("\n", " ")) + "`";
  }
}
