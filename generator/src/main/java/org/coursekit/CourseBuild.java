package org.coursekit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.coursekit.diag.Finding;
import org.coursekit.load.CourseLoader;
import org.coursekit.load.LoadResult;
import org.coursekit.report.FindingsJson;
import org.coursekit.rules.CourseValidator;
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

  private CourseBuild(CourseValidator validator, SiteGenerator siteGenerator) {
    this.validator = validator;
    this.siteGenerator = siteGenerator;
  }

  /**
   * The built-in rules and theme, plus any rule provider registered for {@code ServiceLoader} in
   * {@code classLoader} (the plugin passes its own realm, so extension jars added as plugin
   * dependencies are found).
   */
  public static CourseBuild create(ClassLoader classLoader) {
    return new CourseBuild(CourseValidator.discover(classLoader), new SiteGenerator(classLoader));
  }

  /** Loads and checks the course, and writes {@code reports/findings.json}. */
  public BuildReport validate(BuildOptions options) throws IOException {
    Checked checked = loadAndCheck(options);
    return finish(options, checked.findings(), List.of());
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
    return finish(options, findings, written);
  }

  private Checked loadAndCheck(BuildOptions options) throws IOException {
    LoadResult loaded = loader.load(options.sourceDirectory());
    List<Finding> findings = new ArrayList<>(loaded.findings());
    findings.addAll(validator.validate(loaded.course()));
    return new Checked(loaded, findings);
  }

  private static BuildReport finish(
      BuildOptions options, List<Finding> findings, List<String> written) throws IOException {
    List<Finding> sorted = findings.stream().sorted().toList();
    FindingsJson.write(sorted, options.reportsDirectory().resolve("findings.json"));
    List<String> all = new ArrayList<>(written);
    all.add("reports/findings.json");
    return new BuildReport(sorted, all);
  }

  private record Checked(LoadResult loaded, List<Finding> findings) {}
}
