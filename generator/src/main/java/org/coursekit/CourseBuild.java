package org.coursekit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.coursekit.baseline.Baseline;
import org.coursekit.baseline.BaselineFile;
import org.coursekit.baseline.BaselineSplit;
import org.coursekit.diag.Finding;
import org.coursekit.diff.PreviousRelease;
import org.coursekit.diff.ReleaseReview;
import org.coursekit.diff.ReviewOptions;
import org.coursekit.evidence.EvidenceBundle;
import org.coursekit.files.FileTrees;
import org.coursekit.history.CourseHistory;
import org.coursekit.history.GitHistory;
import org.coursekit.history.ReleaseLog;
import org.coursekit.load.CourseLoader;
import org.coursekit.load.LoadCache;
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
import org.coursekit.rules.OutputCheck.Stage;
import org.coursekit.rules.OutputChecks;
import org.coursekit.rules.ValidationOptions;
import org.coursekit.rules.ValidationRun;
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
  private final ReportWriter reportWriter;
  // The site, package and evidence builders load their templates and schemas when created, which
  // takes a noticeable part of a validate-only run; they are created by the goals that use them.
  private final ClassLoader themeLoader;
  private final LoadCache loadCache; // null: every build reads every course file

  private CourseBuild(
      CourseValidator validator,
      ReportWriter reportWriter,
      ClassLoader themeLoader,
      LoadCache loadCache) {
    this.validator = validator;
    this.reportWriter = reportWriter;
    this.themeLoader = themeLoader;
    this.loadCache = loadCache;
  }

  /**
   * The built-in rules and theme, plus any rule provider registered for {@code ServiceLoader} in
   * {@code classLoader} (the plugin passes its own realm, so extension jars added as plugin
   * dependencies are found).
   */
  public static CourseBuild create(ClassLoader classLoader) {
    return new CourseBuild(
        CourseValidator.discover(classLoader), new ReportWriter(classLoader), classLoader, null);
  }

  /**
   * This build, loading courses through {@code cache}: files unchanged since an earlier build with
   * the same cache are not parsed again, with the same result. For a session of many builds of a
   * course, such as a preview server.
   */
  public CourseBuild withLoadCache(LoadCache cache) {
    return new CourseBuild(validator, reportWriter, themeLoader, Objects.requireNonNull(cache));
  }

  private SiteGenerator siteGenerator() {
    return new SiteGenerator(themeLoader);
  }

  private PackageGenerator packageGenerator() {
    return new PackageGenerator(themeLoader);
  }

  private EvidenceBundle evidenceBundle() {
    return new EvidenceBundle(themeLoader);
  }

  /** Loads and checks the course, and writes the reports under {@code reports/}. */
  public BuildReport validate(BuildOptions options) throws IOException {
    Checked checked = check(options);
    return finish(options, checked, List.of(), List.of(), List.of());
  }

  /**
   * Loads and checks the course, writes the static site to {@code site/} and the findings report.
   * The site is written even when errors remain, so authors can preview their work; the adapter
   * decides whether the build fails. Module pages are kept in {@code cache/} under the output
   * folder and reused while nothing they are made from changes, so calling this again after an edit
   * (a preview server, a second {@code mvn coursekit:site}) re-renders only what changed.
   */
  public BuildReport site(BuildOptions options) throws IOException {
    Checked checked = check(options);
    List<Finding> generated = new ArrayList<>();
    List<String> written = new ArrayList<>();
    if (checked.course().program() != null) {
      SiteResult site =
          siteGenerator()
              .generate(
                  checked.course(),
                  new SiteOptions(
                      options.siteDirectory(),
                      options.outputTimestamp(),
                      options.cacheDirectory()));
      generated.addAll(site.findings());
      site.files().forEach(file -> written.add("site/" + file));
    }
    return finish(options, checked, generated, written, List.of(Stage.SITE));
  }

  /**
   * Loads and checks the course and records every finding in its baseline file (coursekit.yml's
   * {@code baseline}, default {@code coursekit-baseline.json} in the course folder), replacing what
   * the file recorded. Later builds report those findings but do not fail on them.
   */
  public BaselineResult recordBaseline(BuildOptions options) throws IOException {
    Checked checked = check(options);
    List<Finding> generated = new ArrayList<>();
    if (checked.course().program() != null) {
      // Later site and package builds must not fail on what their own checks find either, so
      // those run too, into a scratch folder that is deleted again.
      Files.createDirectories(options.outputDirectory());
      Path scratch = Files.createTempDirectory(options.outputDirectory(), "baseline-");
      try {
        List<Finding> site =
            siteGenerator()
                .generate(
                    checked.course(),
                    new SiteOptions(scratch.resolve("site"), options.outputTimestamp()))
                .findings();
        List<Finding> packages =
            packageGenerator()
                .generate(
                    checked.course(),
                    new PackageOptions(
                        scratch.resolve("packages"),
                        options.outputTimestamp(),
                        EnumSet.allOf(PackageFormat.class),
                        false))
                .findings();
        generated.addAll(union(site, packages));
      } finally {
        FileTrees.deleteTree(scratch);
      }
    }
    List<Finding> findings = checked.findings(generated, EnumSet.of(Stage.SITE, Stage.PACKAGES));
    BaselineFile file = BaselineFile.of(options.sourceDirectory(), checked.course().config());
    file.write(Baseline.of(findings));
    BuildReport recorded = new BuildReport(List.of(), findings, List.of());
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
    return packages(options, formats, interactions, null);
  }

  /**
   * Like {@link #packages(BuildOptions, Set, boolean)}, and then, when {@code previous} is not
   * null, the release guard and change report of {@link #changes}.
   */
  public BuildReport packages(
      BuildOptions options,
      Set<PackageFormat> formats,
      boolean interactions,
      PreviousRelease previous)
      throws IOException {
    Checked checked = check(options);
    List<Finding> generated = new ArrayList<>();
    List<String> written = new ArrayList<>();
    List<Path> zips = new ArrayList<>();
    if (checked.course().program() != null) {
      PackageResult packages =
          packageGenerator()
              .generate(
                  checked.course(),
                  new PackageOptions(
                      options.outputDirectory().resolve("packages"),
                      options.outputTimestamp(),
                      formats,
                      interactions));
      generated.addAll(packages.findings());
      packages
          .packages()
          .forEach(p -> written.add("packages/" + p.file().getFileName().toString()));
      packages.packages().forEach(p -> zips.add(p.file()));
    }
    // The package build renders the pages too, so the site checks ran as well.
    Set<Stage> ran = EnumSet.of(Stage.SITE, Stage.PACKAGES);
    if (previous != null && checked.course().program() != null) {
      review(options, previous, generated, written);
      ran.add(Stage.RELEASE);
    }
    BuildReport report = finish(options, checked, generated, written, ran);
    return withEvidence(options, checked.course(), zips, report);
  }

  /**
   * Writes the accreditation evidence bundle of the packages just built to {@code evidence/}, after
   * the reports it includes; nothing when no package was written.
   */
  private BuildReport withEvidence(
      BuildOptions options, Course course, List<Path> zips, BuildReport report) throws IOException {
    if (zips.isEmpty() || course.program() == null) {
      return report;
    }
    ReleaseLog release =
        options.versionHistory() ? ReleaseLog.read(options.sourceDirectory()) : ReleaseLog.NONE;
    Path bundle =
        evidenceBundle()
            .write(
                new EvidenceBundle.Request(
                    course, release, zips, options.reportsDirectory(), reportContext(options)),
                options.outputDirectory().resolve("evidence"));
    List<String> written = new ArrayList<>(report.written());
    written.add("evidence/" + bundle.getFileName());
    return new BuildReport(report.findings(), report.baselined(), written);
  }

  /**
   * Loads and checks the course and compares it with {@code previous}: recycled ids (REL-001), the
   * version bump (REL-002, or PRG-011 itself against the last tag), a tracking-breaking release
   * (REL-003) and what to do in the LMS; writes {@code reports/changes.md} and {@code changes.html}
   * with the findings reports.
   */
  public BuildReport changes(BuildOptions options, PreviousRelease previous) throws IOException {
    Checked checked = check(options);
    List<Finding> generated = new ArrayList<>();
    List<String> written = new ArrayList<>();
    if (checked.course().program() != null) {
      review(options, previous, generated, written);
    }
    return finish(options, checked, generated, written, List.of(Stage.RELEASE));
  }

  private void review(
      BuildOptions options, PreviousRelease previous, List<Finding> found, List<String> written)
      throws IOException {
    // PRG-011 already compared the version with the same tag when the history was read.
    boolean versionJudged =
        options.versionHistory() && previous.kind() == PreviousRelease.Kind.LAST_TAG;
    ReleaseReview.Result review =
        new ReleaseReview(validator, siteGenerator())
            .review(
                new ReviewOptions(
                    options.sourceDirectory(),
                    options.reportsDirectory(),
                    options.outputTimestamp(),
                    options.today(),
                    options.profile(),
                    versionJudged),
                previous);
    found.addAll(review.findings());
    review.written().forEach(file -> written.add("reports/" + file));
  }

  private ReportContext reportContext(BuildOptions options) {
    return ReportContext.of(
        RuleDescriptions.of(validator.rules()), options.profile(), options.outputTimestamp());
  }

  private Checked check(BuildOptions options) throws IOException {
    LoadResult loaded =
        loadCache == null
            ? loader.load(options.sourceDirectory())
            : loader.load(options.sourceDirectory(), loadCache);
    ValidationOptions validation =
        new ValidationOptions(
            options.today(),
            options.profile(),
            options.versionHistory()
                ? GitHistory.open(options.sourceDirectory())
                : CourseHistory.NONE);
    return new Checked(loaded, validator.start(loaded.course(), validation));
  }

  /**
   * Sets apart the findings the course's baseline records and writes every report (findings, SARIF,
   * JUnit XML, coverage).
   *
   * @param generated what the site or package build found, before the course settings apply
   * @param ran the build steps whose output checks ran
   */
  private BuildReport finish(
      BuildOptions options,
      Checked checked,
      List<Finding> generated,
      List<String> written,
      Collection<Stage> ran)
      throws IOException {
    BaselineSplit split =
        BaselineFile.of(options.sourceDirectory(), checked.course().config())
            .apply(checked.findings(generated, ran), OutputChecks.notRunIn(ran));
    ReportContext context = reportContext(options);
    List<String> all = new ArrayList<>(written);
    reportWriter
        .write(options.reportsDirectory(), checked.course(), split, context)
        .forEach(file -> all.add("reports/" + file));
    return new BuildReport(split.open(), split.baselined(), all);
  }

  /**
   * Each finding as often as the build that has it most: the package build renders the site's pages
   * too and reports the same site-check findings, which one build must not see twice in the
   * baseline.
   */
  private static List<Finding> union(List<Finding> site, List<Finding> packages) {
    Map<Finding, Integer> fromSite = new HashMap<>();
    site.forEach(finding -> fromSite.merge(finding, 1, Integer::sum));
    List<Finding> all = new ArrayList<>(site);
    for (Finding finding : packages) {
      if (fromSite.merge(finding, -1, Integer::sum) < 0) {
        all.add(finding);
      }
    }
    return all;
  }

  /** A loaded course whose validation run stays open for the site and package builds. */
  private record Checked(LoadResult loaded, ValidationRun run) {

    Course course() {
      return loaded.course();
    }

    /**
     * Every finding of the build: the loader's, the rules', those of {@code generated} as the
     * course configures them, and unused suppressions as far as the steps that {@code ran} can
     * tell.
     */
    List<Finding> findings(List<Finding> generated, Collection<Stage> ran) {
      List<Finding> findings = new ArrayList<>(loaded.findings());
      findings.addAll(run.findings());
      findings.addAll(run.configure(generated));
      findings.addAll(run.unusedSuppressions(ran));
      return findings.stream().sorted().toList();
    }
  }
}
