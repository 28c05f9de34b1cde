package org.coursekit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.coursekit.baseline.BaselineSplit;
import org.coursekit.diag.Finding;
import org.coursekit.model.Course;
import org.coursekit.render.TemplateRenderer;
import org.coursekit.render.Theme;
import org.coursekit.render.ThemeException;
import org.coursekit.site.OutputFolder;

/**
 * Writes every report of a build in one pass into the reports folder: {@code findings.json}, {@code
 * findings.sarif} (SARIF 2.1.0), {@code findings-junit.xml}, {@code coverage.html} and {@code
 * coverage.md}. Each file is UTF-8 with LF line endings and depends only on the course, the
 * findings and the context, so a rebuild gives the same bytes. Immutable and thread-safe.
 */
public final class ReportWriter {

  public static final String FINDINGS_JSON = "findings.json";
  public static final String SARIF = "findings.sarif";
  public static final String JUNIT_XML = "findings-junit.xml";
  public static final String COVERAGE_HTML = "coverage.html";
  public static final String COVERAGE_MD = "coverage.md";

  private static final String THEME = "default";
  private static final String COVERAGE_TEMPLATE = "reports/coverage.ftlh";

  private final TemplateRenderer templates;

  /**
   * @param themeLoader the class loader that holds the default theme, whose {@code
   *     templates/reports/coverage.ftlh} lays out coverage.html
   * @throws ThemeException when the theme is missing or broken
   */
  public ReportWriter(ClassLoader themeLoader) {
    Objects.requireNonNull(themeLoader, "themeLoader");
    this.templates = new TemplateRenderer(Theme.load(themeLoader, THEME));
  }

  /**
   * Writes the reports of {@code findings} on {@code course} into {@code reportsDir}, creating it.
   *
   * @param course the loaded course, or null when there is none (the coverage report then shows
   *     only the summary and the findings)
   * @return the file names written, sorted
   * @throws IOException when the folder cannot be written
   */
  public List<String> write(
      Path reportsDir, Course course, List<Finding> findings, ReportContext context)
      throws IOException {
    return write(reportsDir, course, BaselineSplit.without(findings), context);
  }

  /**
   * Writes the reports of a build whose findings were split by the course's baseline: the findings
   * that count, and those the baseline records, marked as such (findings.json's {@code baselined}
   * section, SARIF's {@code baselineState}, "accepted in baseline" in the coverage report; the
   * JUnit XML lists only the findings that count, as it is the build's verdict).
   *
   * @param course the loaded course, or null when there is none
   * @return the file names written, sorted
   * @throws IOException when the folder cannot be written
   */
  public List<String> write(
      Path reportsDir, Course course, BaselineSplit findings, ReportContext context)
      throws IOException {
    List<Finding> sorted = findings.open();
    Map<String, String> reports = new LinkedHashMap<>();
    reports.put(FINDINGS_JSON, FindingsJson.toJson(findings, context.rules()));
    reports.put(SARIF, FindingsSarif.toJson(findings, context));
    reports.put(JUNIT_XML, FindingsJunitXml.toXml(course, sorted, context));
    CoverageView coverage = CoverageReport.of(course, findings, context);
    reports.put(COVERAGE_HTML, coverageHtml(coverage));
    reports.put(COVERAGE_MD, CoverageMarkdown.of(coverage));

    // Other steps write into reports/ too (changes.md), so files replace files, not the folder.
    try (OutputFolder out =
        OutputFolder.create(reportsDir, course == null ? null : course.root(), null)) {
      for (Map.Entry<String, String> report : reports.entrySet()) {
        out.writeText(report.getKey(), report.getValue());
      }
      return out.publishFiles();
    }
  }

  /** coverage.html, rendered by the theme; line endings LF whatever the template file has. */
  String coverageHtml(CoverageView coverage) {
    String html = templates.render(COVERAGE_TEMPLATE, Map.of("report", coverage));
    return html.replace("\r\n", "\n");
  }
}
