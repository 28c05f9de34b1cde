package org.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Severity;
import org.coursekit.rules.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline round trip through {@link CourseBuild}: record the findings, build without failing,
 * fix one, add one.
 */
class BaselineBuildTest {

  private static final String M02 = "modules/m02-chain-of-identity.md";
  private static final String M03 = "modules/m03-storage-and-thaw.md";

  @TempDir Path folder;
  @TempDir Path output;
  private CourseFixture course;
  private final CourseBuild build = CourseBuild.create(getClass().getClassLoader());

  @BeforeEach
  void breakOneReference() {
    course =
        CourseFixture.exampleCourseIn(folder)
            .edit(M02, "prerequisites: [m01-receipt]", "prerequisites: [m01-reciept]");
  }

  private BuildOptions options(String profile) {
    return new BuildOptions(course.root(), output, null, CourseFixture.TODAY, profile);
  }

  private static boolean unresolved(Finding finding, String file, String id) {
    return finding.rule().equals("GEN-001")
        && finding.at().file().equals(file)
        && finding.message().contains("`" + id + "`");
  }

  @Test
  void recordedFindingsAreReportedButDoNotFailTheBuild() throws Exception {
    assertThat(build.validate(options(null)).hasAtLeast(Severity.ERROR)).isTrue();

    BaselineResult recorded = build.recordBaseline(options(null));

    assertThat(recorded.file()).isEqualTo(course.root().resolve("coursekit-baseline.json"));
    assertThat(recorded.file()).isRegularFile();
    assertThat(recorded.report().findings()).isEmpty();
    assertThat(recorded.report().baselined()).anyMatch(f -> unresolved(f, M02, "m01-reciept"));
    assertThat(Files.readString(recorded.file())).contains("\"rule\": \"GEN-001\"");

    // Lines above the recorded finding move; it still matches.
    course.edit(M02, "version: 1.0.0\n", "version: 1.0.0\n# moved down a line\n");
    BuildReport report = build.validate(options(null));

    assertThat(report.hasAtLeast(Severity.ERROR)).isFalse();
    assertThat(report.count(Severity.ERROR)).isZero();
    assertThat(report.findings()).noneMatch(f -> f.rule().equals("GEN-001"));
    assertThat(report.baselined())
        .filteredOn(f -> unresolved(f, M02, "m01-reciept"))
        .singleElement()
        .extracting(f -> f.at().line())
        .isEqualTo(7);
  }

  @Test
  void aNewFindingStillFailsTheBuild() throws Exception {
    build.recordBaseline(options(null));
    course.edit(
        M03,
        "prerequisites: [m01-receipt, m02-chain-of-identity]",
        "prerequisites: [m01-receipt, m02-chain-of-idenity]");

    BuildReport report = build.validate(options(null));

    assertThat(report.hasAtLeast(Severity.ERROR)).isTrue();
    assertThat(report.findings()).anyMatch(f -> unresolved(f, M03, "m02-chain-of-idenity"));
    assertThat(report.baselined()).anyMatch(f -> unresolved(f, M02, "m01-reciept"));
  }

  @Test
  void aFixedFindingDropsOutAndAnInfoSuggestsRecordingAgain() throws Exception {
    build.recordBaseline(options(null));
    course.edit(M02, "prerequisites: [m01-reciept]", "prerequisites: [m01-receipt]");

    BuildReport report = build.validate(options(null));

    assertThat(report.baselined()).noneMatch(f -> unresolved(f, M02, "m01-reciept"));
    assertThat(report.findings())
        .filteredOn(f -> f.at().file().equals("coursekit-baseline.json"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message())
                  .startsWith("1 finding recorded in this baseline no longer occurs")
                  .contains("GEN-001 in " + M02)
                  .contains("Run `mvn coursekit:baseline` to shrink the file");
            });

    build.recordBaseline(options(null));
    assertThat(build.validate(options(null)).findings())
        .noneMatch(f -> f.at().file().equals("coursekit-baseline.json"));
  }

  @Test
  void aMalformedBaselineIsAFindingAndExcusesNothing() throws Exception {
    course.write("coursekit-baseline.json", "{ \"version\": 1, \"findings\": [ }\n");

    BuildReport report = build.validate(options(null));

    assertThat(report.baselined()).isEmpty();
    assertThat(report.findings())
        .anyMatch(
            f -> f.rule().equals("FMT-002") && f.at().file().equals("coursekit-baseline.json"))
        .anyMatch(f -> unresolved(f, M02, "m01-reciept"));
    assertThat(report.hasAtLeast(Severity.ERROR)).isTrue();
  }

  @Test
  void theBaselineGoesWhereCoursekitYmlSays() throws Exception {
    course.write("coursekit.yml", "profile: release\nbaseline: quality/accepted.json\n");

    BaselineResult recorded = build.recordBaseline(options(null));

    assertThat(recorded.file()).isEqualTo(course.root().resolve("quality/accepted.json"));
    assertThat(course.root().resolve("coursekit-baseline.json")).doesNotExist();
    assertThat(build.validate(options(null)).hasAtLeast(Severity.ERROR)).isFalse();
  }

  @Test
  void theBuildsProfileReachesTheRules() throws Exception {
    BuildReport report = build.validate(options("drfat"));

    assertThat(report.findings())
        .anyMatch(
            f ->
                f.rule().equals("FMT-003")
                    && f.message().startsWith("The profile `drfat` given to the build")
                    && f.message().contains("Did you mean `draft`?"));
  }
}
