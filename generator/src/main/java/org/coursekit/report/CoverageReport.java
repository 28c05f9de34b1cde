package org.coursekit.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.coursekit.baseline.BaselineSplit;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.model.Course;
import org.coursekit.model.Program;
import org.coursekit.report.CoverageView.RuleNote;
import org.coursekit.report.CoverageView.Summary;

/**
 * Works out the coverage report of a course: a summary with a verdict in plain words, the
 * traceability matrix, each form's blueprint against its pool, the Bloom-level profile and the
 * findings by module. Written for an advisory-board member, not a programmer.
 */
final class CoverageReport {

  private static final String DRAFT = "draft";

  private CoverageReport() {}

  /** The report of {@code findings} on {@code course} (null when it could not be loaded). */
  static CoverageView of(Course course, List<Finding> findings, ReportContext context) {
    return of(course, BaselineSplit.without(findings), context);
  }

  /**
   * The report of a build split by its baseline: the summary counts the findings that count; the
   * baselined ones are listed with them, marked "accepted in baseline".
   */
  static CoverageView of(Course course, BaselineSplit findings, ReportContext context) {
    List<Finding> sorted = findings.open();
    List<Finding> listed =
        Stream.concat(sorted.stream(), findings.baselined().stream()).sorted().toList();
    Program program = course == null ? null : course.program();
    boolean hasProgram = program != null;
    Traceability matrix = hasProgram ? Traceability.of(course) : null;
    return new CoverageView(
        hasProgram && program.language() != null ? program.language() : "en",
        summary(course, sorted, findings.baselined().size(), context),
        hasProgram,
        hasProgram ? matrix.outcomes() : List.of(),
        hasProgram ? matrix.unlinked() : List.of(),
        hasProgram ? Blueprints.of(course) : List.of(),
        hasProgram ? BloomProfile.of(course) : List.of(),
        FindingGroups.of(course, listed, findings.baselined(), context.rules()),
        ruleNotes(listed, context.rules()));
  }

  private static Summary summary(
      Course course, List<Finding> findings, int baselined, ReportContext context) {
    Program program = course == null ? null : course.program();
    int errors = count(findings, Severity.ERROR);
    int warnings = count(findings, Severity.WARNING);
    int infos = count(findings, Severity.INFO);
    String profile = context.profileFor(course);
    String status = errors > 0 ? "fail" : warnings > 0 ? "review" : "pass";
    return new Summary(
        program == null || program.title() == null ? "Untitled course" : program.title(),
        program == null ? null : program.id(),
        program == null ? null : program.version(),
        profile,
        context.buildDate(),
        errors,
        warnings,
        infos,
        baselined,
        status,
        verdict(errors, warnings, infos, DRAFT.equals(profile)));
  }

  /** One or two sentences a non-programmer can act on. */
  static String verdict(int errors, int warnings, int infos, boolean draft) {
    String verdict;
    if (errors > 0) {
      verdict =
          "Not ready for release: "
              + plural(errors, "error")
              + " must be fixed"
              + (warnings > 0 ? " and " + plural(warnings, "warning") + " reviewed." : ".");
    } else if (warnings > 0) {
      verdict =
          draft
              ? "No errors under the draft profile, which reports most problems as warnings: the "
                  + plural(warnings, "warning")
                  + " below must be resolved before a release build can pass."
              : "Ready for release, with "
                  + plural(warnings, "warning")
                  + " to review: nothing blocks the release, but each warning points at a"
                  + " weakness an accreditor may ask about.";
    } else {
      verdict = "Passes every check: no errors and no warnings.";
    }
    return infos > 0
        ? verdict
            + " There "
            + (infos == 1 ? "is " : "are ")
            + plural(infos, "note")
            + " for information."
        : verdict;
  }

  private static List<RuleNote> ruleNotes(List<Finding> findings, RuleDescriptions rules) {
    Set<String> ids = new LinkedHashSet<>();
    findings.stream().map(Finding::rule).sorted().forEach(ids::add);
    return ids.stream()
        .map(rules::describe)
        .map(rule -> new RuleNote(rule.id(), rule.name(), rule.help()))
        .toList();
  }

  private static int count(List<Finding> findings, Severity severity) {
    return (int) findings.stream().filter(f -> f.severity() == severity).count();
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
