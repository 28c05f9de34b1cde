package org.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.diag.SourceRef;
import org.coursekit.pack.PackageFormat;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damages copies of the example course at random, in seeded and replayable ways (see {@link
 * CourseMutation}), and runs validate, site and package (all three formats) on each: no exception
 * may escape, no build may hang, every build that fails to publish must say why with an error
 * finding, every finding must point at a file, line and column that exist, the sources must stay
 * untouched and no temporary folder may stay behind.
 *
 * <p>Replay one case with {@code -Dcoursekit.mutation.seed=<seed>}; run more with {@code
 * -Dcoursekit.mutation.cases=<n>}.
 */
class MutationHarnessTest {

  private static final long FIRST_SEED = 20_261_125L;
  private static final int DEFAULT_CASES = 200;

  /** Far above a normal build; only a hang reaches it. */
  private static final long HANG_SECONDS = 120;

  private static final Set<PackageFormat> ALL_FORMATS = EnumSet.allOf(PackageFormat.class);

  /**
   * The loader and the rule runner catch an exception in one file or rule and report it as a
   * finding, so the build goes on; here such a finding is a crash all the same (CourseLoader's
   * FMT-002 "could not finish reading", CourseValidator's "failed with an internal error").
   */
  private static final List<String> CAUGHT_CRASHES =
      List.of("could not finish reading this file", "failed with an internal error");

  @TempDir static Path work;

  static CourseBuild build;
  static Path pristine;
  static List<String> files;

  @BeforeAll
  static void copyExampleCourse() throws IOException {
    build = CourseBuild.create(MutationHarnessTest.class.getClassLoader());
    pristine = CourseFixture.exampleCourseIn(work.resolve("pristine")).root();
    files = relativeFiles(pristine);
  }

  @Test
  void everyMutationEndsInFindingsNeverInACrashOrHang() throws Exception {
    List<Long> seeds = seeds();
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    ExecutorService cases = Executors.newFixedThreadPool(threads);
    // Builds run on daemon threads of their own, so a hung build cannot keep the JVM alive.
    ExecutorService builds =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "mutated-build");
              thread.setDaemon(true);
              return thread;
            });
    List<Outcome> outcomes = new ArrayList<>();
    try {
      List<Future<Outcome>> results = new ArrayList<>();
      for (long seed : seeds) {
        results.add(cases.submit(() -> runCase(seed, builds)));
      }
      for (Future<Outcome> result : results) {
        outcomes.add(result.get());
      }
    } finally {
      cases.shutdownNow();
      builds.shutdownNow();
    }
    long withErrors = outcomes.stream().filter(Outcome::errors).count();
    System.out.printf(
        "MutationHarnessTest: %d mutated builds, %d ended in errors, %d built without%n",
        outcomes.size(), withErrors, outcomes.size() - withErrors);
    assertThat(outcomes.stream().flatMap(outcome -> outcome.problems().stream()))
        .as(
            "problems in %d mutated builds; replay one with"
                + " -Dtest=MutationHarnessTest -Dcoursekit.mutation.seed=<seed>",
            seeds.size())
        .isEmpty();
    if (seeds.size() >= 100) {
      // The harness proves nothing if its mutations rarely break the course.
      assertThat(withErrors)
          .as("mutated builds that ended in errors")
          .isGreaterThan(seeds.size() / 4);
    }
  }

  @Test
  void placesOutsideTheFileAreCaught() throws IOException {
    CourseMutation none = new CourseMutation(0, CourseMutation.Kind.EMPTY_FILE, "none", "");
    assertThat(misplaced(new SourceRef("program.yml", 1, 1), pristine, none)).isNull();
    assertThat(misplaced(new SourceRef("program.yml", 100_000, 1), pristine, none))
        .startsWith("line 100000 past");
    assertThat(misplaced(new SourceRef("program.yml", 1, 10_000), pristine, none))
        .startsWith("column 10000 past");
    assertThat(misplaced(new SourceRef("modules/none.md", 1, 1), pristine, none))
        .isEqualTo("no such file");
    assertThat(misplaced(new SourceRef("../program.yml", 1, 1), pristine.resolve("modules"), none))
        .isEqualTo("no such file");
  }

  /**
   * One mutated build: what was done, whether the course then had errors, and what went wrong with
   * the build itself (empty when all is well).
   */
  private record Outcome(CourseMutation mutation, boolean errors, List<String> problems) {}

  private static List<Long> seeds() {
    String one = System.getProperty("coursekit.mutation.seed");
    if (one != null && !one.isBlank()) {
      return List.of(Long.parseLong(one.strip()));
    }
    int count = Integer.getInteger("coursekit.mutation.cases", DEFAULT_CASES);
    List<Long> seeds = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      seeds.add(FIRST_SEED + i);
    }
    return seeds;
  }

  /** Mutates a fresh copy and builds it three ways. */
  private static Outcome runCase(long seed, ExecutorService builds) throws Exception {
    Path folder = work.resolve("case-" + seed);
    Path course = copy(pristine, folder.resolve("course"));
    Path output = folder.resolve("out");
    CourseMutation mutation = CourseMutation.apply(seed, course, files);
    Map<String, String> before = FolderSnapshot.hashes(course);
    BuildOptions options =
        new BuildOptions(course, output, ExampleCourse.TIMESTAMP, CourseFixture.TODAY, null)
            .withoutVersionHistory();
    List<String> problems = new ArrayList<>();
    boolean errors = false;
    Future<Outcome> run = builds.submit(() -> checkedBuilds(options, course, mutation));
    try {
      Outcome built = run.get(HANG_SECONDS, TimeUnit.SECONDS);
      errors = built.errors();
      problems.addAll(built.problems());
    } catch (TimeoutException e) {
      run.cancel(true);
      problems.add("hangs: no result after " + HANG_SECONDS + " s");
    } catch (ExecutionException e) {
      problems.add("throws " + stackTrace(e.getCause()));
    }
    if (!FolderSnapshot.hashes(course).equals(before)) {
      problems.add("the build changed the course sources");
    }
    List<String> leftovers = FolderSnapshot.leftovers(output);
    if (!leftovers.isEmpty()) {
      problems.add("temporary files left in the output folder: " + leftovers);
    }
    return new Outcome(
        mutation, errors, problems.stream().map(problem -> mutation + "\n    " + problem).toList());
  }

  private static Outcome checkedBuilds(BuildOptions options, Path course, CourseMutation mutation)
      throws IOException {
    List<String> problems = new ArrayList<>();
    BuildReport validated = build.validate(options);
    check("validate", validated, validated.hasAtLeast(Severity.ERROR), course, mutation, problems);
    BuildReport site = build.site(options);
    boolean siteFailed = !site.written().contains("site/index.html");
    check("site", site, siteFailed, course, mutation, problems);
    BuildReport packages = build.packages(options, ALL_FORMATS);
    long zips = packages.written().stream().filter(f -> f.startsWith("packages/")).count();
    check("package", packages, zips < ALL_FORMATS.size(), course, mutation, problems);
    return new Outcome(mutation, validated.hasAtLeast(Severity.ERROR), problems);
  }

  /** A failed stage must say why with an error; every finding must point at a real place. */
  private static void check(
      String stage,
      BuildReport report,
      boolean failed,
      Path course,
      CourseMutation mutation,
      List<String> problems)
      throws IOException {
    if (failed && !report.hasAtLeast(Severity.ERROR)) {
      problems.add(stage + " wrote nothing but reports no error; findings: " + report.findings());
    }
    for (Finding finding : report.findings()) {
      if (CAUGHT_CRASHES.stream().anyMatch(finding.message()::contains)) {
        problems.add(stage + ": an exception was caught and reported: " + finding.format());
      }
      String wrong = misplaced(finding.at(), course, mutation);
      if (wrong != null) {
        problems.add(stage + ": " + wrong + ": " + finding.format());
      }
    }
  }

  /** Why {@code at} is not a place in the course, or null when it is one. */
  static String misplaced(SourceRef at, Path course, CourseMutation mutation) throws IOException {
    Path file = course.resolve(at.file()).normalize();
    if (!file.startsWith(course) || !Files.isRegularFile(file)) {
      boolean aboutTheRemovedFile =
          mutation.removes(at.file()) && at.line() == 1 && at.column() == 1;
      return aboutTheRemovedFile ? null : "no such file";
    }
    List<String> lines = lines(Files.readAllBytes(file));
    if (at.line() > lines.size()) {
      return "line " + at.line() + " past the file's " + lines.size() + " lines";
    }
    String line = lines.get(at.line() - 1);
    // Columns may count characters or bytes; either must land on the line or just after it.
    int longest = Math.max(line.length(), line.getBytes(StandardCharsets.UTF_8).length);
    if (at.column() > longest + 1) {
      return "column " + at.column() + " past the line's " + line.length() + " characters";
    }
    return null;
  }

  /** The lines as an editor shows them: ended by LF, CRLF or a lone CR; the last may be empty. */
  private static List<String> lines(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return List.of(text.split("\r\n|\r|\n", -1));
  }

  private static Path copy(Path from, Path to) throws IOException {
    for (String file : files) {
      Path target = to.resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(from.resolve(file), target);
    }
    return to;
  }

  private static List<String> relativeFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(path -> root.relativize(path).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static String stackTrace(Throwable error) {
    StringWriter text = new StringWriter();
    error.printStackTrace(new PrintWriter(text));
    String[] lines = text.toString().split("\n");
    return String.join("\n      ", List.of(lines).subList(0, Math.min(lines.length, 12)));
  }
}
