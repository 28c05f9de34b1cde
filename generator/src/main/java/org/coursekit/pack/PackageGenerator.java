package org.coursekit.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.coursekit.diag.Finding;
import org.coursekit.diag.SourceRef;
import org.coursekit.diff.ReleaseSnapshot;
import org.coursekit.diff.ReleaseSnapshots;
import org.coursekit.diff.SnapshotJson;
import org.coursekit.model.Course;
import org.coursekit.model.Program;
import org.coursekit.render.MarkdownRenderer;
import org.coursekit.render.TemplateRenderer;
import org.coursekit.render.Theme;
import org.coursekit.render.ThemeException;
import org.coursekit.site.OutputFolder;
import org.coursekit.site.SiteGenerator;
import org.coursekit.site.SiteOptions;
import org.coursekit.site.SiteResult;
import org.coursekit.site.SummativeLeakCheck;

/**
 * Writes a course as LMS packages: SCORM 1.2, SCORM 2004 4th edition and cmi5 zips that hold the
 * site's pages, a launch page that tracks the whole attempt as one SCO, the summative assessment
 * page, and a manifest checked against the official schemas. See {@code README.md}, "LMS packages".
 *
 * <p>Immutable and thread-safe.
 */
public final class PackageGenerator {

  /** Rule id: a generated manifest fails its schema; the package is not written. */
  static final String MANIFEST_RULE = "PKG-001";

  /** Rule id: the worst-case suspend_data exceeds what the format's LMSs must keep. */
  static final String SUSPEND_DATA_RULE = "PKG-002";

  private static final String THEME = "default";
  private static final String LAUNCH_TEMPLATE = "package/launch.ftlh";
  private static final String ASSESSMENT_TEMPLATE = "package/assessment.ftlh";

  private final SiteGenerator siteGenerator;
  private final TemplateRenderer templates;
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  private final ManifestValidator validator = new ManifestValidator();
  private final String generatorName;

  /**
   * @param themeLoader the class loader that holds the theme
   * @throws ThemeException when the theme is missing or broken
   */
  public PackageGenerator(ClassLoader themeLoader) {
    Objects.requireNonNull(themeLoader, "themeLoader");
    Theme theme = Theme.load(themeLoader, THEME);
    this.siteGenerator = new SiteGenerator(themeLoader);
    this.templates = new TemplateRenderer(theme);
    this.generatorName = "CourseKit, theme " + theme.name() + " " + theme.version();
  }

  /**
   * Writes one zip per format of {@code options} to its output folder, as {@code
   * <program-id>-<version>-<format>.zip}. The new zips are moved into the folder, replacing those
   * of the same name, only once every one of them is complete. Problems in the course come back as
   * findings.
   *
   * @throws IOException when the output folder cannot be written
   * @throws ThemeException when a theme template fails, which is a bug in the theme
   */
  public PackageResult generate(Course course, PackageOptions options) throws IOException {
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(options, "options");
    Program program = course.program();
    if (program == null || program.id() == null || program.id().isBlank()) {
      return new PackageResult(List.of(), List.of()); // the loader already reported why
    }
    List<Finding> findings = new ArrayList<>();
    PackagePlan plan = new PackagePlans(markdown).plan(course, findings);
    try (OutputFolder out = OutputFolder.create(options.outputDirectory(), course.root(), null)) {
      Path work = out.scratch().resolve("content");
      SiteResult content =
          siteGenerator.generatePackageContent(
              course, new SiteOptions(work, options.outputTimestamp()));
      findings.addAll(content.findings());
      if (!content.published()) {
        return new PackageResult(findings, List.of());
      }
      SortedMap<String, byte[]> pages = read(work, content.files());
      boolean hasGlossary = pages.containsKey(PackageData.GLOSSARY_PAGE);
      PackageData data = new PackageData(markdown);
      if (plan.assessment() != null) {
        pages.put(PackagePlans.ASSESSMENT_PAGE, utf8(assessmentPage(plan, data)));
      }
      Staged staged = new Staged(course, plan, data, hasGlossary, pages, options, out);
      List<PackageResult.WrittenPackage> written = new ArrayList<>();
      for (PackageFormat format : PackageFormat.values()) {
        if (options.formats().contains(format)) {
          writePackage(staged, format, findings).ifPresent(written::add);
        }
      }
      out.publishFiles();
      return new PackageResult(findings, written);
    }
  }

  /** What every format's package shares, once the content pages are rendered. */
  private record Staged(
      Course course,
      PackagePlan plan,
      PackageData data,
      boolean hasGlossary,
      SortedMap<String, byte[]> pages,
      PackageOptions options,
      OutputFolder out) {}

  private Optional<PackageResult.WrittenPackage> writePackage(
      Staged staged, PackageFormat format, List<Finding> findings) throws IOException {
    Course course = staged.course();
    PackagePlan plan = staged.plan();
    boolean hasGlossary = staged.hasGlossary();
    PackageOptions options = staged.options();
    SortedMap<String, byte[]> entries = new TreeMap<>(staged.pages());
    List<LaunchShell.Page> shellPages = PackageData.pages(plan, hasGlossary);
    LaunchShell shell =
        new LaunchShell(
            plan.language(),
            plan.title(),
            plan.version(),
            format.id(),
            staged.data().packageJson(plan, format, hasGlossary, options.interactions()),
            PackageData.OVERVIEW_PAGE,
            shellPages,
            generatorName);
    String launch = templates.render(LAUNCH_TEMPLATE, Map.of("shell", shell));
    List<Finding> leaks =
        new SummativeLeakCheck(markdown).check(course.items(), Map.of("index.html", launch));
    if (!leaks.isEmpty()) {
      findings.addAll(leaks);
      return Optional.empty();
    }
    entries.put(ManifestWriter.LAUNCH, utf8(launch));
    // What a later build compares itself with (coursekit:diff) once this package is live.
    entries.put(ReleaseSnapshot.FILE_NAME, utf8(SnapshotJson.write(ReleaseSnapshots.of(course))));
    Integer worstCase = null;
    if (format.suspendDataLimit() != null) {
      worstCase = SuspendDataBudget.worstCase(plan, shellPages.size());
      if (worstCase > format.suspendDataLimit()) {
        findings.add(suspendDataFinding(course, format, worstCase));
      }
    }
    ManifestWriter writer = ManifestWriter.of(format);
    byte[] manifest = writer.write(plan, List.copyOf(entries.keySet()));
    List<String> problems = validator.validate(format, manifest);
    if (!problems.isEmpty()) {
      findings.add(
          Finding.error(
              MANIFEST_RULE,
              SourceRef.startOf("program.yml"),
              "The "
                  + format.id()
                  + " "
                  + writer.fileName()
                  + " CourseKit wrote does not pass its official schema, so the package was not"
                  + " written: "
                  + String.join("; ", problems)
                  + ". Check the ids and titles in program.yml; if they look right, report this"
                  + " as a CourseKit bug."));
      return Optional.empty();
    }
    entries.put(writer.fileName(), manifest);
    if (writer.schemaFolder() != null) {
      entries.putAll(SchemaFiles.folder(writer.schemaFolder()));
    }
    String name = fileName(plan, format);
    Path partial = staged.out().newFile(name);
    DeterministicZip.write(partial, entries, options.outputTimestamp());
    Path zip = staged.out().target().resolve(name);
    return Optional.of(
        new PackageResult.WrittenPackage(format, zip, Files.size(partial), worstCase));
  }

  private String assessmentPage(PackagePlan plan, PackageData data) {
    PackagePlan.AssessmentEntry assessment = plan.assessment();
    AssessmentPage page =
        new AssessmentPage(
            plan.language(),
            plan.title(),
            assessment.title(),
            assessment.source().delivery() == null
                ? null
                : assessment.source().delivery().timeLimitMinutes(),
            assessment.draw(),
            data.assessmentJson(plan),
            generatorName);
    return templates.render(ASSESSMENT_TEMPLATE, Map.of("assessment", page));
  }

  private static Finding suspendDataFinding(Course course, PackageFormat format, int worstCase) {
    String advice =
        format == PackageFormat.SCORM12
            ? " Publish SCORM 2004 (64,000 characters) for LMSs that enforce the limit, or"
                + " shorten the assessment: fewer drawn items, or single and multiple choice"
                + " items instead of typed answers."
            : " Draw fewer items, or use single and multiple choice items instead of typed"
                + " answers.";
    return Finding.warning(
        SUSPEND_DATA_RULE,
        course.program().at() != null ? course.program().at() : SourceRef.startOf("program.yml"),
        "A learner's saved progress can reach "
            + worstCase
            + " characters, more than the "
            + format.suspendDataLimit()
            + " a "
            + format.id()
            + " LMS must keep, so some LMSs would cut it off and learners would lose their place"
            + " and answers."
            + advice);
  }

  /** {@code cgt-product-handling-1.0.0-scorm12.zip}, with unsafe file-name characters as _. */
  static String fileName(PackagePlan plan, PackageFormat format) {
    return releaseFileName(plan.programId(), plan.version(), format.id());
  }

  /**
   * {@code <program-id>-<version>-<kind>.zip} with unsafe file-name characters as _: the name of
   * every file a release writes (packages, evidence bundle).
   */
  public static String releaseFileName(String programId, String version, String kind) {
    return (programId + "-" + version + "-" + kind).replaceAll("[^A-Za-z0-9._-]", "_") + ".zip";
  }

  private static SortedMap<String, byte[]> read(Path root, List<String> files) throws IOException {
    SortedMap<String, byte[]> entries = new TreeMap<>();
    for (String file : files) {
      entries.put(file, Files.readAllBytes(root.resolve(file)));
    }
    return entries;
  }

  private static byte[] utf8(String text) {
    return text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
  }
}
