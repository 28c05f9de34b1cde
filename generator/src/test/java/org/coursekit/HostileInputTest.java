package org.coursekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.coursekit.diag.Finding;
import org.coursekit.pack.PackageFormat;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 6: no input, however broken or hostile, makes a build crash, hang, read or write outside
 * its folders, or publish script its authors did not intend. Each case of {@link HostileCourses}
 * damages a copy of the example course in one way and runs validate, site and package on it under a
 * timeout; every case must end in findings with positions (or be neutralised, which its expectation
 * checks), and every output must stay well-formed and script-free ({@link PublishedOutput}).
 */
class HostileInputTest {

  /** Generous for a busy 2-core machine (a case takes 5 to 30 s); a hang never ends. */
  private static final Duration LIMIT = Duration.ofSeconds(240);

  @TempDir Path temp;

  /** All cases; {@code -Dhostile.cases=<regex>} runs only the cases whose names match. */
  static Stream<HostileCourses.Case> cases() {
    String only = System.getProperty("hostile.cases");
    return HostileCourses.all().stream().filter(c -> only == null || c.name().matches(only));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void endsInFindingsNeverInACrashAHangOrAnEscape(HostileCourses.Case hostile) throws Exception {
    Path course = Files.createDirectories(temp.resolve("work/course"));
    Path outside = Files.createDirectories(temp.resolve("work/outside"));
    String secret = "SENTINEL-" + hostile.name() + "-never-published";
    HostileCourses.writeSentinels(outside, secret);
    CourseFixture fixture = CourseFixture.exampleCourseIn(course);
    hostile.damage().apply(fixture, outside);

    Map<String, byte[]> sourcesBefore = PublishedOutput.files(course);
    List<String> outsideBefore = PublishedOutput.listing(outside);
    Path output = temp.resolve("work/out");
    BuildOptions options = ExampleCourse.optionsForCopy(course, output);

    long start = System.nanoTime();
    System.out.println("hostile case " + hostile.name() + " starts");
    List<BuildReport> reports =
        assertTimeoutPreemptively(
            LIMIT,
            () -> {
              CourseBuild build = CourseBuild.create(getClass().getClassLoader());
              List<BuildReport> all = new ArrayList<>();
              all.add(build.validate(options));
              all.add(build.site(options));
              all.add(build.packages(options, EnumSet.allOf(PackageFormat.class)));
              return all;
            },
            hostile.name() + " must finish");

    System.out.printf(
        "hostile case %s: %d ms, %d findings%n",
        hostile.name(), (System.nanoTime() - start) / 1_000_000, reports.get(2).findings().size());
    for (BuildReport report : reports) {
      for (Finding finding : report.findings()) {
        assertThat(finding.at().line()).as(finding.format()).isPositive();
        assertThat(finding.at().column()).as(finding.format()).isPositive();
        assertThat(finding.at().file()).as(finding.format()).isNotBlank();
      }
    }
    PublishedOutput.check(output, secret, hostile.allowed());
    assertThat(PublishedOutput.listing(temp.resolve("work")))
        .as("nothing is written beside the course and the output folder")
        .allMatch(
            path ->
                path.startsWith("course/")
                    || path.startsWith("out/")
                    || path.startsWith("outside/"));
    assertThat(PublishedOutput.listing(outside)).as("outside untouched").isEqualTo(outsideBefore);
    assertThat(sameBytes(PublishedOutput.files(course), sourcesBefore))
        .as("the course sources are never written")
        .isTrue();
    hostile.expect().check(reports.get(2), reports.get(0), output);
  }

  private static boolean sameBytes(Map<String, byte[]> a, Map<String, byte[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    return new TreeMap<>(a)
        .entrySet().stream()
            .allMatch(e -> java.util.Arrays.equals(e.getValue(), b.get(e.getKey())));
  }
}
