package org.coursekit.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.coursekit.BuildOptions;
import org.coursekit.BuildReport;
import org.coursekit.CourseBuild;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.history.CourseHistory;
import org.coursekit.load.CourseLoader;
import org.coursekit.load.LoadResult;
import org.coursekit.rules.CourseValidator;
import org.coursekit.rules.ValidationOptions;

/**
 * {@code ValidateCourse <course> <output> build|rules [--list]}, timed from JVM start; prints one
 * result line.
 *
 * <ul>
 *   <li>{@code build}: what {@code mvn coursekit:validate} does without Maven: {@link
 *       CourseBuild#create}, then load, every rule, the baseline and every report;
 *   <li>{@code rules}: only loading and the rules (no reports, no git history), to show their
 *       share.
 * </ul>
 */
public final class ValidateCourse {

  /** The date the synthetic course's review dates are judged against. */
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private ValidateCourse() {}

  public static void main(String[] args) throws Exception {
    long mainEntered = Timing.sinceJvmStart();
    Path course = Path.of(args[0]);
    boolean build = args[2].equals("build");
    long start = System.nanoTime();
    List<Finding> findings;
    String split;
    if (build) {
      CourseBuild courseBuild = CourseBuild.create(ValidateCourse.class.getClassLoader());
      long created = System.nanoTime();
      BuildReport report =
          courseBuild.validate(new BuildOptions(course, Path.of(args[1]), null, TODAY, null));
      findings = report.findings();
      split =
          String.format(
              Locale.ROOT,
              "create_ms=%d validate_ms=%d",
              (created - start) / 1_000_000,
              (System.nanoTime() - created) / 1_000_000);
    } else {
      LoadResult loaded = new CourseLoader().load(course);
      long read = System.nanoTime();
      findings =
          CourseValidator.discover(ValidateCourse.class.getClassLoader())
              .validate(loaded.course(), new ValidationOptions(TODAY, null, CourseHistory.NONE));
      split =
          String.format(
              Locale.ROOT,
              "load_ms=%d rules_ms=%d",
              (read - start) / 1_000_000,
              (System.nanoTime() - read) / 1_000_000);
    }
    long work = (System.nanoTime() - start) / 1_000_000;
    Timing.print(
        build ? "coursekit-validate" : "coursekit-load-and-rules",
        mainEntered,
        work,
        String.format(
            Locale.ROOT,
            "%s errors=%d warnings=%d infos=%d",
            split,
            count(findings, Severity.ERROR),
            count(findings, Severity.WARNING),
            count(findings, Severity.INFO)));
    if (args.length > 3 && args[3].equals("--list")) {
      findings.stream().limit(40).forEach(f -> System.out.println(f.format()));
    }
  }

  private static long count(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
