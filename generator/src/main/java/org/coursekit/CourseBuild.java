package org.coursekit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coursekit.baseline.Baseline;
import org.coursekit.baseline.BaselineFile;
import org.coursekit.baseline.BaselineSplit;
import org.coursekit.diag.Finding;
import org.coursekit.history.CourseHistory;
import org.coursekit.history.GitHistory;
import org.coursekit.load.CourseLoader;
import org.coursekit.load.LoadResult;
import org.coursekit.model.Course;
import org.coursekit.pack.PackageFormat;
import org.coursekit.pack.PackageGenerator;
import org.coursekit.pack.PackageOptions;
import org.coursekit.pack.PackageResult;
import org.coursekit.report.ReportContext;
import org.coursekit.report.ReportWriter;
import org.coursekit.report.RuleDescriptions;
import org.coursekit.rules.CourseValidator;
import org.coursekit.rules.ValidationOptions;
import org.coursekit.site.SiteGenerator;
import org.coursekit.site.SiteOptions;
import org.coursekit.site.SiteResult;

/**
 * The facade adapters call: load a course, check it against the rules, publish it. Immutable and
 * thread-safe once created; every run keeps its state in local variables.
 */
public final class CourseBuild {

  private final CourseLoader loader = new CourseLoader();
  private final CourseValidator validator;
  private final SiteGenerator siteGenerator;
  private final PackageGenerator packageGenerator;
  private final ReportWriter reportWriter;

  private CourseBuild(
      CourseValidator validator,
      SiteGenerator siteGenerator,
      PackageGenerator packageGenerator,
      ReportWriter reportWriter) {
    this.validator = validator;
    this.siteGenerator = siteGenerator;
    this.packageGenerator = packageGenerator;
    this.reportWriter = reportWriter;
  }

  /**
   * The built-in rules and theme, plus any rule provider registered for {@code ServiceLoader} in
   * {@code classLoader} (the plugin passes its own realm, so extension jars added as plugin
   * dependencies are found).
   */
  public static CourseBuild create(ClassLoader classLoader) {
    return new CourseBuild(
        CourseValidator.discover(classLoader),
        new SiteGenerator(classLoader),
        new PackageGenerator(classLoader),
        new ReportWriter(classLoader));
  }

  /** Loads and checks the course, and writes the reports under {@code reports/}. */
  public BuildReport validate(BuildOptions options) throws IOException {
    Checked checked = loadAndCheck(options);
    return finish(options, checked.loaded().course(), checked.findings(), List.of())
        .withBaselined(checked.baselined());
  }

  /**
   * Loads and checks the course, writes the static site to {@code site/} and the findings report.
   * The site is written even when errors remain, so authors can preview their work; the adapter
   * decides whether the build fails.
   */
  public BuildReport site(BuildOptions options) throws IOException {
    Checked checked = loadAndCheck(options);
    List<Finding> findings = new ArrayList<>(checked.findings());
    List<String> written = new ArrayList<>();
    if (checked.loaded().course().program() != null) {
      SiteResult site =
          siteGenerator.generate(
              checked.loaded().course(),
              new SiteOptions(options.siteDirectory(), options.outputTimestamp()));
      findings.addAll(site.findings());
      site.files().forEach(file -> written.add("site/" + file));
    }
    return finish(options, checked.loaded().course(), findings, written)
        .withBaselined(checked.baselined());
  }

  /**
   * Loads and checks the course and records every finding in its baseline file (coursekit.yml's
   * {@code baseline}, default {@code coursekit-baseline.json} in the course folder), replacing what
   * the file recorded. Later builds report those findings but do not fail on them.
   */
  public BaselineResult recordBaseline(BuildOptions options) throws IOException {
    Checked checked = check(options);
    BaselineFile file =
        BaselineFile.of(options.sourceDirectory(), checked.loaded().course().config());
    file.write(Baseline.of(checked.findings()));
    BuildReport recorded = new BuildReport(List.of(), checked.findings(), List.of());
    return new BaselineResult(file.path(), recorded);
  }

  /**
   * Loads and checks the course and writes one LMS package per format to {@code packages/} ({@code
   * <program-id>-<version>-<format>.zip}) and the findings report. Packages are written even when
   * the course has errors, except a package whose manifest fails its schema and every package when
   * a summative question would be published; the adapter decides whether the build fails.
   */
  public BuildReport packages(BuildOptions options, Set<PackageFormat> formats) throws IOException {
    return packages(options, formats, false);
  }

  /**
   * Like {@link #packages(BuildOptions, Set)}; with {@code interactions} the runtime also reports
   * every answer to the LMS ({@code cmi.interactions}), which only some LMSs can show.
   */
  public BuildReport packages(
      BuildOptions options, Set<PackageFormat> formats, boolean interactions) throws IOException {
    Checked checked = loadAndCheck(options);
    List<Finding> findings = new ArrayList<>(checked.findings());
    List<String> written = new ArrayList<>();
    if (checked.loaded().course().program() != null) {
      PackageResult packages =
          packageGenerator.generate(
              checked.loaded().course(),
              new PackageOptions(
                  options.outputDirectory().resolve("packages"),
                  options.outputTimestamp(),
                  formats,
                  interactions));
      findings.addAll(packages.findings());
      packages
          .packages()
          .forEach(p -> written.add("packages/" + p.file().getFileName().toString()));
    }
    return finish(options, checked.loaded().course(), findings, written)
        .withBaselined(checked.baselined());
  }

  /** Loads and checks the course; findings recorded in its baseline are set apart. */
  private Checked loadAndCheck(BuildOptions options) throws IOException {
    Checked checked = check(options);
    BaselineSplit split =
        BaselineFile.of(options.sourceDirectory(), checked.loaded().course().config())
            .apply(checked.findings());
    return new Checked(checked.loaded(), split.open(), split.baselined());
  }

  private Checked check(BuildOptions options) throws IOException {
    LoadResult loaded = loader.load(options.sourceDirectory());
    List<Finding> findings = new ArrayList<>(loaded.findings());
    ValidationOptions validation =
        new ValidationOptions(
            options.today(),
            options.profile(),
            options.versionHistory()
                ? GitHistory.open(options.sourceDirectory())
                : CourseHistory.NONE);
    findings.addAll(validator.validate(loaded.course(), validation));
    return new Checked(loaded, findings, List.of());
  }

  /** Writes every report (findings, SARIF, JUnit XML, coverage) of {@code findings}. */
  private BuildReport finish(
      BuildOptions options, Course course, List<Finding> findings, List<String> written)
      throws IOException {
    List<Finding> sorted = findings.stream().sorted().toList();
    ReportContext context =
        ReportContext.of(
            RuleDescriptions.of(validator.rules()), options.profile(), options.outputTimestamp());
    List<String> all = new ArrayList<>(written);
    reportWriter
        .write(options.reportsDirectory(), course, sorted, context)
        .forEach(file -> all.add("reports/" + file));
    return new BuildReport(sorted, all);
  }

  /** A loaded, checked course: the findings that count and those its baseline records. */
  private record Checked(LoadResult loaded, List<Finding> findings, List<Finding> baselined) {}
}
