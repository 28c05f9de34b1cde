package org.coursekit.maven;

import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.coursekit.BuildOptions;
import org.coursekit.BuildReport;
import org.coursekit.CourseBuild;
import org.coursekit.diag.Severity;

/**
 * Shared parameters and the one execution path of every goal: map parameters to {@link
 * BuildOptions}, run the library, present its findings, and fail on errors. No course logic lives
 * here.
 */
abstract class AbstractCourseMojo extends AbstractMojo {

  /** Remembers, per project, that the findings were already printed by an earlier goal. */
  private static final String PRINTED_KEY = "coursekit.findingsPrinted";

  private static final String FINDINGS_REPORT = "reports/findings.json";

  /** The course folder: the one that holds {@code program.yml}. */
  @Parameter(
      property = "coursekit.sourceDirectory",
      defaultValue = "${project.basedir}/src/main/course")
  private File sourceDirectory;

  /** Where CourseKit writes {@code site/} and {@code reports/}. */
  @Parameter(
      property = "coursekit.outputDirectory",
      defaultValue = "${project.build.directory}/coursekit")
  private File outputDirectory;

  /**
   * The fixed build time for reproducible output (ISO-8601 or seconds since the epoch); printed
   * dates come from it. Empty or a single character ("disabled") prints no date.
   */
  @Parameter(defaultValue = "${project.build.outputTimestamp}")
  private String outputTimestamp;

  /**
   * The rule profile: {@code release} (every rule at full severity) or {@code draft} (errors become
   * warnings, except GEN-001 and the format checks FMT-001 to FMT-005). Overrides coursekit.yml's
   * {@code profile}; unset keeps the file's.
   */
  @Parameter(property = "coursekit.profile")
  private String profile;

  /** The lowest severity that fails the build: {@code error} (default) or {@code warning}. */
  @Parameter(property = "coursekit.failOn", defaultValue = "error")
  private String failOn;

  /** Skip this goal. */
  @Parameter(property = "coursekit.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Runs the goal's part of the library. */
  abstract BuildReport run(CourseBuild build, BuildOptions options) throws IOException;

  /** The goal's name for log lines. */
  abstract String goal();

  /** Checks the goal's own parameters before anything is built; a bad value stops the goal. */
  void checkParameters() throws MojoExecutionException {}

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("coursekit:" + goal() + " skipped");
      return;
    }
    checkParameters();
    Severity threshold = FailOn.parse(failOn);
    Instant timestamp = OutputTimestamps.parse(outputTimestamp);
    // Review and evaluation dates are judged against the real date; the library never reads the
    // clock itself.
    BuildOptions options =
        new BuildOptions(
            sourceDirectory.toPath(),
            outputDirectory.toPath(),
            timestamp,
            LocalDate.now(ZoneOffset.UTC),
            blankToNull(profile));
    if (!sourceDirectory.isDirectory()) {
      throw new MojoFailureException(
          "coursekit: no course folder at "
              + sourceDirectory
              + ". Put program.yml and modules/ there, or set <sourceDirectory> (-Dcoursekit.sourceDirectory).");
    }
    BuildReport report;
    try {
      report = run(CourseBuild.create(getClass().getClassLoader()), options);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // Course problems are findings; anything thrown is an I/O failure or a CourseKit bug.
      throw BuildErrors.of(goal(), sourceDirectory, e);
    }
    String printedFor = sourceDirectory.getAbsolutePath();
    FindingPrinter printer = new FindingPrinter(getLog(), sourceDirectory.toPath());
    if (printedFor.equals(project.getContextValue(PRINTED_KEY))) {
      printer.printErrorsOnly(report);
    } else {
      printer.printAll(report);
      project.setContextValue(PRINTED_KEY, printedFor);
    }
    String where = report.written().contains(FINDINGS_REPORT) ? "; report: " + reportPath() : "";
    getLog().info("coursekit: " + FindingPrinter.summary(report) + where);
    if (report.hasAtLeast(threshold)) {
      throw new MojoFailureException(
          "coursekit: the course has "
              + FindingPrinter.summary(report)
              + " (failOn="
              + threshold.label()
              + "). Fix the findings listed above; each names the file, line and column.");
    }
  }

  private File reportPath() {
    return new File(outputDirectory, FINDINGS_REPORT);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  File outputDirectory() {
    return outputDirectory;
  }

  MavenProject project() {
    return project;
  }
}
