package org.coursekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import org.coursekit.pack.PackageFormat;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that fails halfway (a theme template that throws after part of the output is written) or
 * is killed leaves the previous site, packages and reports exactly as they were, no temporary
 * folder behind, and the course sources untouched.
 */
class NothingLostTest {

  /** Fails the module page of module 3, after modules 1 and 2 and the assets were written. */
  private static final String FAIL_THIRD_MODULE =
      "<#if page.title?contains(\"Vapour-Phase\")><#stop \"injected failure\"></#if>";

  /** Fails the SCORM 2004 launch page, after the SCORM 1.2 zip was written. */
  private static final String FAIL_SECOND_FORMAT =
      "<#if shell.format == \"scorm2004\"><#stop \"injected failure\"></#if>";

  private static final String FAIL_ALWAYS = "<#stop \"injected failure\">";

  @TempDir Path work;
  Path course;
  Path output;
  BuildOptions options;

  @BeforeEach
  void buildOnce() throws IOException {
    CourseFixture fixture = CourseFixture.exampleCourseIn(work.resolve("course"));
    course = fixture.root();
    output = work.resolve("out");
    options =
        new BuildOptions(course, output, ExampleCourse.TIMESTAMP, CourseFixture.TODAY, null)
            .withoutVersionHistory();
    buildAll(CourseBuild.create(getClass().getClassLoader()));
    assertThat(output.resolve("site/index.html")).isRegularFile();
    assertThat(output.resolve("reports/findings.json")).isRegularFile();
    // The next build would write different bytes everywhere, so an overwrite would show.
    fixture.edit(
        "program.yml", "title: Cell Product Handling", "title: Changed Cell Product Handling");
  }

  @Test
  void siteFailingHalfwayLeavesThePreviousOutput() throws IOException {
    assertFailureLeavesEverything(
        "module.ftlh",
        FAIL_THIRD_MODULE,
        build -> build.site(options),
        "modules/m03-storage-and-thaw.md");
  }

  @Test
  void packagesFailingHalfwayLeaveThePreviousPackages() throws IOException {
    assertFailureLeavesEverything(
        "package/launch.ftlh",
        FAIL_SECOND_FORMAT,
        build -> build.packages(options, EnumSet.allOf(PackageFormat.class)),
        "launch.ftlh");
  }

  @Test
  void reportsFailingLeaveThePreviousReports() throws IOException {
    assertFailureLeavesEverything(
        "reports/coverage.ftlh", FAIL_ALWAYS, build -> build.validate(options), "coverage.ftlh");
  }

  @Test
  void killedBuildsLeftoversAreRemovedAndTheSwappedOutSitePutBack() throws Exception {
    Map<String, String> before = outputs();
    long dead = deadProcessId();
    // Killed between the two renames of the swap: the previous site lies aside, none in place.
    Files.move(output.resolve("site"), output.resolve(".site.old-" + dead + "-1"));
    Files.createDirectories(output.resolve(".site.tmp-" + dead + "-2/modules"));
    Files.writeString(output.resolve(".site.tmp-" + dead + "-2/modules/half.html"), "<p>half");
    Files.createDirectories(output.resolve(".packages.work-" + dead + "-3"));
    Files.writeString(output.resolve(".reports.tmp-" + dead + "-4"), "partial");

    CourseBuild failing = CourseBuild.create(themeFailing("module.ftlh", FAIL_ALWAYS));
    assertThatThrownBy(() -> failing.site(options)).hasMessageContaining("injected failure");

    assertThat(FolderSnapshot.differences(before, outputs())).isEmpty();
    assertThat(FolderSnapshot.leftovers(output))
        .containsExactly(".packages.work-" + dead + "-3", ".reports.tmp-" + dead + "-4");

    buildAll(CourseBuild.create(getClass().getClassLoader()));
    assertThat(FolderSnapshot.leftovers(output)).isEmpty();
  }

  @Test
  void aRunningBuildsTemporaryFolderIsNotTouched() throws IOException {
    Path running = output.resolve(".site.tmp-" + ProcessHandle.current().pid() + "-1");
    Files.createDirectories(running);

    CourseBuild.create(getClass().getClassLoader()).site(options);

    assertThat(running).isDirectory();
  }

  private interface Step {
    void run(CourseBuild build) throws IOException;
  }

  /**
   * Runs {@code step} with {@code template} failing and checks that the output and the sources are
   * byte for byte as before and nothing temporary is left.
   */
  private void assertFailureLeavesEverything(
      String template, String failure, Step step, String mentioned) throws IOException {
    Map<String, String> outputBefore = outputs();
    Map<String, String> sourcesBefore = FolderSnapshot.hashes(course);
    CourseBuild failing = CourseBuild.create(themeFailing(template, failure));

    assertThatThrownBy(() -> step.run(failing))
        .hasMessageContaining("injected failure")
        .hasMessageContaining(mentioned);

    assertThat(FolderSnapshot.differences(outputBefore, outputs())).isEmpty();
    assertThat(FolderSnapshot.leftovers(output)).isEmpty();
    assertThat(FolderSnapshot.differences(sourcesBefore, FolderSnapshot.hashes(course))).isEmpty();
  }

  /**
   * The hashes of the outputs: site, packages, reports, evidence. The build cache is left out (it
   * only ever gains entries, also from a build that fails later), and so are temporary folders,
   * which {@link FolderSnapshot#leftovers} checks.
   */
  private Map<String, String> outputs() throws IOException {
    Map<String, String> hashes = new TreeMap<>(FolderSnapshot.hashes(output));
    hashes.keySet().removeIf(path -> path.startsWith("cache/") || path.startsWith("."));
    return hashes;
  }

  private ClassLoader themeFailing(String template, String failure) {
    return ThemeOverride.prepending(work.resolve("theme"), template, failure);
  }

  private void buildAll(CourseBuild build) throws IOException {
    build.validate(options);
    build.site(options);
    build.packages(options, EnumSet.allOf(PackageFormat.class));
  }

  /** The id of a process that has ended: a build killed before it could clean up. */
  private static long deadProcessId() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process = new ProcessBuilder(java, "-version").redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    process.waitFor();
    return process.pid();
  }
}
