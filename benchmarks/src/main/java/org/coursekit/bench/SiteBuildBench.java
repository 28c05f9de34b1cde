package org.coursekit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.coursekit.BuildOptions;
import org.coursekit.BuildReport;
import org.coursekit.CourseBuild;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.load.CourseLoader;
import org.coursekit.load.LoadCache;
import org.coursekit.model.Course;
import org.coursekit.site.SiteGenerator;
import org.coursekit.site.SiteOptions;

/**
 * {@code SiteBuildBench <course> <output> site|incremental [edits]}: the site build through the
 * generator's plain Java entry point ({@link CourseBuild#site}), timed from JVM start; prints one
 * result line.
 *
 * <ul>
 *   <li>{@code site}: one cold build, what {@code mvn coursekit:site} does without Maven (load,
 *       every rule, the site, every report), into an output folder without a cache;
 *   <li>{@code incremental}: in one warm JVM, a full build, then {@code edits} times (default 5):
 *       append a sentence to one module and time the site step alone ({@link
 *       SiteGenerator#generate} on the reloaded course, with the page cache), then edit another
 *       module and time the whole {@link CourseBuild#site} again, with the session's {@link
 *       LoadCache} as {@code coursekit:serve} runs it; prints each time and the medians. The
 *       course folder is changed: use a copy.
 * </ul>
 */
public final class SiteBuildBench {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final Instant TIMESTAMP = Instant.parse("2026-11-25T00:00:00Z");

  private SiteBuildBench() {}

  public static void main(String[] args) throws Exception {
    long mainEntered = Timing.sinceJvmStart();
    Path course = Path.of(args[0]);
    Path output = Path.of(args[1]);
    BuildOptions options =
        new BuildOptions(course, output, TIMESTAMP, TODAY, null).withoutVersionHistory();
    long start = System.nanoTime();
    CourseBuild build = CourseBuild.create(SiteBuildBench.class.getClassLoader());
    if (!args[2].equals("site")) {
      // As the preview server: one load cache for the session; rebuilds parse changed files only.
      build = build.withLoadCache(new LoadCache());
    }
    BuildReport report = build.site(options);
    long full = (System.nanoTime() - start) / 1_000_000;
    if (args[2].equals("site")) {
      Timing.print("coursekit-site", mainEntered, full, summary(report));
      return;
    }
    int edits = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    List<Path> modules;
    try (Stream<Path> files = Files.list(course.resolve("modules"))) {
      modules = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    }
    SiteGenerator site = new SiteGenerator(SiteBuildBench.class.getClassLoader());
    SiteOptions siteOptions =
        new SiteOptions(options.siteDirectory(), TIMESTAMP, options.cacheDirectory());
    List<Long> rebuilds = new ArrayList<>();
    List<Long> siteOnly = new ArrayList<>();
    for (int i = 0; i < edits; i++) {
      // The site step alone, as a preview server that keeps the loaded course would run it.
      edit(modules, 2 * i, i);
      Course loaded = new CourseLoader().load(course).course();
      long t0 = System.nanoTime();
      site.generate(loaded, siteOptions);
      siteOnly.add((System.nanoTime() - t0) / 1_000_000);
      // The whole entry point: load, every rule, the site, the reports.
      edit(modules, 2 * i + 1, i);
      long t1 = System.nanoTime();
      report = build.site(options);
      rebuilds.add((System.nanoTime() - t1) / 1_000_000);
    }
    Timing.print(
        "coursekit-incremental",
        mainEntered,
        full,
        String.format(
            Locale.ROOT,
            "first_build_ms=%d rebuild_ms=%s rebuild_median_ms=%d site_step_ms=%s"
                + " site_step_median_ms=%d %s",
            full,
            rebuilds,
            median(rebuilds),
            siteOnly,
            median(siteOnly),
            summary(report)));
  }

  /** Appends a sentence to one module, a different one for each {@code n}. */
  private static void edit(List<Path> modules, int n, int round) throws IOException {
    Path module = modules.get((n * 7919 + modules.size() / 2) % modules.size());
    Files.writeString(
        module,
        "\nEdited for the incremental benchmark, round " + round + ".\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
  }

  private static long median(List<Long> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
  }

  private static String summary(BuildReport report) throws IOException {
    return String.format(
        Locale.ROOT,
        "files=%d errors=%d warnings=%d infos=%d",
        report.written().size(),
        count(report.findings(), Severity.ERROR),
        count(report.findings(), Severity.WARNING),
        count(report.findings(), Severity.INFO));
  }

  private static long count(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
