package org.coursekit.report;

import java.util.List;
import java.util.stream.Collectors;
import org.coursekit.report.CoverageView.BloomRow;
import org.coursekit.report.CoverageView.BlueprintLine;
import org.coursekit.report.CoverageView.FindingGroup;
import org.coursekit.report.CoverageView.FindingLine;
import org.coursekit.report.CoverageView.FormBlueprint;
import org.coursekit.report.CoverageView.ObjectiveTrace;
import org.coursekit.report.CoverageView.OutcomeTrace;
import org.coursekit.report.CoverageView.RuleNote;
import org.coursekit.report.CoverageView.Share;
import org.coursekit.report.CoverageView.Summary;

/**
 * The coverage report as GitHub-flavoured Markdown ({@code coverage.md}), short enough to paste as
 * a pull-request comment: the same sections as coverage.html, as tables. Text from the course is
 * escaped so it cannot break a table or inject HTML; backticks in messages stay, so ids show as
 * code.
 */
final class CoverageMarkdown {

  private final StringBuilder out = new StringBuilder();

  private CoverageMarkdown() {}

  static String of(CoverageView report) {
    CoverageMarkdown markdown = new CoverageMarkdown();
    markdown.summary(report.summary());
    if (report.hasProgram()) {
      markdown.traceability(report.outcomes(), report.unlinkedObjectives());
      markdown.blueprints(report.forms());
      markdown.bloom(report.bloom());
    } else {
      markdown.line("## Coverage not available");
      markdown.line("");
      markdown.line(
          "**program.yml could not be read, so outcomes, blueprints and Bloom levels cannot be"
              + " shown. Fix the findings below and build again.**");
      markdown.line("");
    }
    markdown.findings(report.findingGroups());
    markdown.rules(report.rules());
    return markdown.out.toString().stripTrailing() + "\n";
  }

  private void summary(Summary summary) {
    line("# Coverage report: " + escape(summary.title()));
    line("");
    line("**" + escape(summary.verdict()) + "**");
    line("");
    line("| | |");
    line("|---|---|");
    row(
        "Program",
        escape(summary.title())
            + (summary.programId() == null ? "" : " (`" + code(summary.programId()) + "`)"));
    if (summary.version() != null) {
      row("Version", escape(summary.version()));
    }
    row("Profile", escape(summary.profile()));
    if (summary.buildDate() != null) {
      row("Built on", summary.buildDate());
    }
    row("Errors", summary.errors() + " (must be fixed before release)");
    row("Warnings", summary.warnings() + " (should be reviewed)");
    row("Notes", summary.infos() + " (for information)");
    if (summary.baselined() > 0) {
      row(
          "Accepted in baseline",
          summary.baselined() + " (listed below, but they do not fail the build until fixed)");
    }
    line("");
  }

  private void traceability(List<OutcomeTrace> outcomes, List<ObjectiveTrace> unlinked) {
    line("## Traceability: outcomes, objectives and summative items");
    line("");
    line("| Program outcome | Module objective | Module | Summative items | Coverage |");
    line("|---|---|---|---|---|");
    for (OutcomeTrace outcome : outcomes) {
      // Markdown has no row spans: the outcome's text heads its first row, its id the others.
      String head = "**" + escape(outcome.id()) + "** " + escape(outcome.text());
      String again = "**" + escape(outcome.id()) + "**";
      if (outcome.objectives().isEmpty() && outcome.directItems().isEmpty()) {
        row(head, "", "", "", gap(outcome.gap()));
        continue;
      }
      for (ObjectiveTrace objective : outcome.objectives()) {
        row(
            objective == outcome.objectives().get(0) ? head : again,
            "**" + escape(objective.id()) + "** " + escape(objective.text()),
            escape(objective.moduleTitle()),
            ids(objective.items()),
            gap(objective.gap()));
      }
      if (!outcome.directItems().isEmpty()) {
        row(
            outcome.objectives().isEmpty() ? head : again,
            "Items mapped to the outcome itself",
            "Program level",
            ids(outcome.directItems()),
            gap(outcome.gap()));
      }
    }
    line("");
    if (!unlinked.isEmpty()) {
      line("Module objectives that support no program outcome:");
      line("");
      line("| Module objective | Module | Summative items | Coverage |");
      line("|---|---|---|---|");
      for (ObjectiveTrace objective : unlinked) {
        row(
            "**" + escape(objective.id()) + "** " + escape(objective.text()),
            escape(objective.moduleTitle()),
            ids(objective.items()),
            gap(objective.gap()));
      }
      line("");
    }
  }

  private void blueprints(List<FormBlueprint> forms) {
    line("## Blueprint: planned weights and actual items");
    line("");
    if (forms.isEmpty()) {
      line("The course has no summative assessment in `assessments/`.");
      line("");
      return;
    }
    for (FormBlueprint form : forms) {
      line("### Exam `" + code(form.id()) + "`");
      line("");
      line(
          form.poolSize()
              + " items in the pool; one sitting draws "
              + form.formSize()
              + ". Defined in `"
              + code(form.file())
              + "`.");
      line("");
      line(
          "| Objective | Weight (%) | Minimum items | Items the weight calls for per sitting"
              + " | Items in the pool | Share of the pool (%) | Check |");
      line("|---|--:|--:|--:|--:|--:|---|");
      for (BlueprintLine blueprint : form.lines()) {
        row(
            escape(blueprint.objective()),
            dash(blueprint.weight()),
            dash(blueprint.minItems()),
            dash(blueprint.expected()),
            Integer.toString(blueprint.items()),
            blueprint.share(),
            blueprint.gap() == null ? "Enough items" : gap(blueprint.gap()));
      }
      row(
          "**Total**",
          form.totalWeight(),
          "",
          "",
          "",
          "",
          form.weightGap() == null ? "Weights add up to 100 %" : gap(form.weightGap()));
      line("");
    }
  }

  private void bloom(List<BloomRow> rows) {
    line("## Bloom levels");
    line("");
    line("| Bloom level | Program outcomes | Module objectives | Summative items |");
    line("|---|--:|--:|--:|");
    for (BloomRow bloom : rows) {
      row(bloom.level(), share(bloom.outcomes()), share(bloom.objectives()), share(bloom.items()));
    }
    line("");
  }

  private void findings(List<FindingGroup> groups) {
    line("## Findings by module");
    line("");
    for (FindingGroup group : groups) {
      line("### " + escape(group.title()));
      line("");
      if (group.findings().isEmpty()) {
        line("No findings.");
        line("");
        continue;
      }
      line("| Severity | Where | Rule | What to do |");
      line("|---|---|---|---|");
      for (FindingLine finding : group.findings()) {
        row(
            finding.baselined()
                ? finding.severity() + " (accepted in baseline)"
                : finding.severity(),
            "`" + code(finding.location()) + "`",
            "**" + escape(finding.rule()) + "**" + ruleName(finding.rule(), finding.ruleName()),
            escape(finding.message()));
      }
      line("");
    }
  }

  private void rules(List<RuleNote> rules) {
    if (rules.isEmpty()) {
      return;
    }
    line("## About the rules");
    line("");
    for (RuleNote rule : rules) {
      String help = rule.help().isEmpty() ? "No description is available." : rule.help();
      line(
          "- **"
              + escape(rule.id())
              + "**"
              + ruleName(rule.id(), rule.name())
              + ": "
              + escape(help));
    }
    line("");
  }

  private void row(String... cells) {
    line("| " + String.join(" | ", cells) + " |");
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  /** The rule's name after its id, unless it has none but the id. */
  private static String ruleName(String id, String name) {
    return name.equals(id) ? "" : " " + escape(name);
  }

  private static String gap(String gap) {
    return gap == null ? "Covered" : "**" + escape(gap) + "**";
  }

  private static String ids(List<String> ids) {
    return ids.isEmpty()
        ? "None"
        : ids.stream().map(CoverageMarkdown::escape).collect(Collectors.joining(", "));
  }

  private static String share(Share share) {
    return share.count() + " (" + share.percent() + " %)";
  }

  private static String dash(String value) {
    return value.isEmpty() ? "–" : value;
  }

  /**
   * Course text for a table cell or a line: one line, {@code |} and {@code \} escaped, and the
   * characters that start HTML or an entity written as entities.
   */
  static String escape(String raw) {
    String text = PlainText.clean(raw);
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '|' -> escaped.append("\\|");
        case '\\' -> escaped.append("\\\\");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '\n', '\r', '\t' -> escaped.append(' ');
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** Text inside a code span: one line, no backtick that would end it, {@code |} escaped. */
  private static String code(String text) {
    return text.replace('`', '\'')
        .replace('\n', ' ')
        .replace('\r', ' ')
        .replace('\t', ' ')
        .replace("|", "\\|");
  }
}
