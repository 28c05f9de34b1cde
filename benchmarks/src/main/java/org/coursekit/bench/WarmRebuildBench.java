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
import org.coursekit.CourseBuild;
import org.coursekit.load.CourseLoader;
import org.coursekit.load.LoadCache;
import org.coursekit.model.Course;
import org.coursekit.rules.CourseValidator;
import org.coursekit.rules.ValidationOptions;
import org.coursekit.site.SiteGenerator;
import org.coursekit.site.SiteOptions;

/**
 * {@code WarmRebuildBench <course> <output> [rounds]}: what a preview server's rebuilds cost, in
 * one JVM with a {@link LoadCache} and the page cache, as {@code coursekit:serve} runs {@link
 * CourseBuild#site}. Prints, each with wall and process CPU milliseconds (all threads):
 *
 * <ul>
 *   <li>the cold first build (empty caches, fresh JVM);
 *   <li>{@code rounds} (default 3) warm rebuilds with nothing changed, and after appending a
 *       sentence to one module, with the load cache and without it (the page cache in both);
 *   <li>the one-edit rebuild split into its steps: load (with the cache), every rule, the site
 *       (with the page cache); the rest of {@code CourseBuild.site} is the reports.
 * </ul>
 *
 * The course folder is changed: use a copy. The load average is printed at the start and end.
 */
public final class WarmRebuildBench {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final Instant TIMESTAMP = Instant.parse("2026-11-25T00:00:00Z");

  private final Path course;
  private final List<Path> modules;
  private int edits;

  private WarmRebuildBench(Path course, List<Path> modules) {
    this.course = course;
    this.modules = modules;
  }

  public static void main(String[] args) throws Exception {
    Path course = Path.of(args[0]);
    Path output = Path.of(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<Path> modules;
    try (Stream<Path> files = Files.list(course.resolve("modules"))) {
      modules = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    }
    new WarmRebuildBench(course, modules).run(output, rounds);
  }

  private void run(Path output, int rounds) throws IOException {
    System.out.println("load average at start: " + loadAverage());
    ClassLoader classes = WarmRebuildBench.class.getClassLoader();
    BuildOptions options =
        new BuildOptions(course, output, TIMESTAMP, TODAY, null).withoutVersionHistory();
    LoadCache cache = new LoadCache();
    CourseBuild plain = CourseBuild.create(classes);
    CourseBuild session = plain.withLoadCache(cache);

    print("cold first build (with load cache)", List.of(time(() -> session.site(options))));
    print("warm, no change", repeat(rounds, () -> session.site(options)));
    print(
        "warm, one module edited",
        repeat(
            rounds,
            () -> {
              editOneModule();
              session.site(options);
            }));
    print(
        "warm, one module edited, no load cache",
        repeat(
            rounds,
            () -> {
              editOneModule();
              plain.site(options);
            }));

    CourseLoader loader = new CourseLoader();
    CourseValidator validator = CourseValidator.discover(classes);
    SiteGenerator site = new SiteGenerator(classes);
    SiteOptions siteOptions =
        new SiteOptions(options.siteDirectory(), TIMESTAMP, options.cacheDirectory());
    ValidationOptions validation = ValidationOptions.on(TODAY);
    List<Sample> load = new ArrayList<>();
    List<Sample> rules = new ArrayList<>();
    List<Sample> pages = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      editOneModule();
      Course[] loaded = new Course[1];
      load.add(time(() -> loaded[0] = loader.load(course, cache).course()));
      rules.add(time(() -> validator.validate(loaded[0], validation)));
      pages.add(time(() -> site.generate(loaded[0], siteOptions)));
    }
    print("  step: load (one file changed, load cache)", load);
    print("  step: rules (whole course)", rules);
    print("  step: site (page cache)", pages);
    System.out.printf(
        Locale.ROOT,
        "load cache: %d files, %d hits, %d misses%n",
        cache.size(),
        cache.hits(),
        cache.misses());
    System.out.println("load average at end: " + loadAverage());
  }

  /** Appends a sentence to one module, a different one each time. */
  private void editOneModule() throws IOException {
    Path module = modules.get((edits * 7919 + modules.size() / 2) % modules.size());
    edits++;
    Files.writeString(
        module,
        "\nEdited for the warm rebuild benchmark, edit " + edits + ".\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
  }

  private interface Work {
    void run() throws IOException;
  }

  /** Wall and process CPU milliseconds of one run of {@code work}. */
  private record Sample(long wallMs, long cpuMs) {}

  private static Sample time(Work work) throws IOException {
    long cpu = Timing.processCpuMillis();
    long start = System.nanoTime();
    work.run();
    return new Sample((System.nanoTime() - start) / 1_000_000, Timing.processCpuMillis() - cpu);
  }

  private static List<Sample> repeat(int rounds, Work work) throws IOException {
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      samples.add(time(work));
    }
    return samples;
  }

  private static void print(String what, List<Sample> samples) {
    System.out.printf(
        Locale.ROOT,
        "%-45s wall_ms median=%d all=%s cpu_ms median=%d all=%s%n",
        what,
        median(samples.stream().map(Sample::wallMs).toList()),
        samples.stream().map(Sample::wallMs).toList(),
        median(samples.stream().map(Sample::cpuMs).toList()),
        samples.stream().map(Sample::cpuMs).toList());
  }

  private static long median(List<Long> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
